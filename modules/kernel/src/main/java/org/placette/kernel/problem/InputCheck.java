package org.placette.kernel.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Collects everything wrong with one request before anything is stored, so the caller learns of
 * every wrong field in one answer instead of fixing them one round trip at a time. Bean Validation
 * covers the declarative limits; the rest (enum values, cross-field rules) is added by hand.
 */
public final class InputCheck {

  private final List<FieldError> errors = new ArrayList<>();

  private InputCheck() {}

  public static InputCheck start() {
    return new InputCheck();
  }

  /** Starts with the Bean Validation violations of {@code input}, field paths as the client wrote them. */
  public static InputCheck validate(Validator validator, Object input) {
    InputCheck check = new InputCheck();
    if (input == null) {
      check.errors.add(new FieldError("body", "A request body is required."));
      return check;
    }
    for (ConstraintViolation<Object> violation : validator.validate(input)) {
      check.errors.add(new FieldError(FieldPaths.of(violation.getPropertyPath()), violation.getMessage()));
    }
    return check;
  }

  public InputCheck require(boolean condition, String field, String message) {
    if (!condition) {
      errors.add(new FieldError(field, message));
    }
    return this;
  }

  public InputCheck add(String field, String message) {
    errors.add(new FieldError(field, message));
    return this;
  }

  /**
   * The constant named {@code value} (case-insensitive), or {@code null} when it is absent or
   * unknown; an unknown value is recorded with the list of allowed values.
   */
  public <E extends Enum<E>> E enumValue(String field, String value, Class<E> type) {
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      errors.add(new FieldError(field, unknownValueMessage(value, type)));
      return null;
    }
  }

  /**
   * The whole number in {@code value} if it lies within {@code min}..{@code max}, {@code null}
   * when absent; otherwise {@code null} and an error naming the field and the bounds. Query
   * parameters are taken as text and read here, since a parameter the REST runtime cannot
   * convert would answer 404 instead of naming it.
   */
  public Integer integer(String field, String value, int min, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      int number = Integer.parseInt(value.trim());
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException notANumber) {
      // Answered below, with the bounds, like a number out of them.
    }
    errors.add(new FieldError(field, field + " is a whole number from " + min + " to " + max + " (the maximum), was '" + value + "'."));
    return null;
  }

  public static <E extends Enum<E>> String unknownValueMessage(String value, Class<E> type) {
    return "Unknown value '" + value + "'; allowed values: "
        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")) + ".";
  }

  /** Whether the field already has an error, so later checks need not pile on a second one. */
  public boolean hasError(String field) {
    return errors.stream().anyMatch(error -> error.field().equals(field));
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  public List<FieldError> errors() {
    return List.copyOf(errors);
  }

  /** Throws {@link Problem#invalid} with every recorded error, sorted by field, if there is any. */
  public void orThrow() {
    if (!errors.isEmpty()) {
      throw Problem.invalid(errors.stream().distinct().sorted(Comparator.comparing(FieldError::field)).toList());
    }
  }
}
