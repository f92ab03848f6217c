package org.placette.kernel.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Collects every wrong field of a request before answering, so that a client fixes its input in
 * one round trip: Bean Validation's findings on the request record first, then the domain's own
 * checks (a check digit, a code that must exist in a reference list), then {@link #throwIfAny()}.
 */
public final class InputChecks {

  private final List<FieldError> errors = new ArrayList<>();

  /** Starts from Bean Validation's verdict on {@code request} (null: the body itself is missing). */
  public static <T> InputChecks of(Validator validator, T request) {
    InputChecks checks = new InputChecks();
    if (request == null) {
      checks.reject("body", "A request body is required.");
      return checks;
    }
    Set<ConstraintViolation<T>> violations = validator.validate(request);
    for (ConstraintViolation<T> violation : violations) {
      checks.reject(FieldPaths.of(violation.getPropertyPath()), violation.getMessage());
    }
    return checks;
  }

  public InputChecks reject(String field, String message) {
    errors.add(new FieldError(field, message));
    return this;
  }

  /** Rejects {@code field} when {@code acceptable} is false. */
  public InputChecks require(boolean acceptable, String field, String message) {
    if (!acceptable) {
      reject(field, message);
    }
    return this;
  }

  /** Whether the field already has an error, so later checks need not pile on a second one. */
  public boolean hasError(String field) {
    return errors.stream().anyMatch(error -> error.field().equals(field));
  }

  public List<FieldError> errors() {
    return List.copyOf(errors);
  }

  /** Raises a 400 problem naming every wrong field (sorted by field), if there is any. */
  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw Problem.invalid(errors.stream()
          .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
          .toList());
    }
  }
}
