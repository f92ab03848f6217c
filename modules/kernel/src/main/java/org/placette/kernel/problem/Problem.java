package org.placette.kernel.problem;

import java.util.List;
import java.util.Objects;

/**
 * A failure that the caller can understand and act on. The application renders it as an RFC 9457
 * {@code application/problem+json} document whose {@code type} is {@code
 * https://placette.org/problems/<slug>}: the slug is part of the API contract, so never rename one.
 */
public class Problem extends RuntimeException {

  private final int status;
  private final String slug;
  private final String title;
  private final List<FieldError> fieldErrors;

  public Problem(int status, String slug, String title, String detail) {
    this(status, slug, title, detail, List.of());
  }

  public Problem(int status, String slug, String title, String detail, List<FieldError> fieldErrors) {
    super(detail);
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("A problem has a 4xx or 5xx status, not " + status);
    }
    this.status = status;
    this.slug = Objects.requireNonNull(slug, "slug");
    this.title = Objects.requireNonNull(title, "title");
    this.fieldErrors = List.copyOf(fieldErrors);
  }

  public int status() {
    return status;
  }

  public String slug() {
    return slug;
  }

  public String title() {
    return title;
  }

  public String detail() {
    return getMessage();
  }

  public List<FieldError> fieldErrors() {
    return fieldErrors;
  }

  public static Problem notFound(String what, Object id) {
    return new Problem(404, "not-found", "Not found", what + " " + id + " does not exist or is not visible to you.");
  }

  public static Problem conflict(String detail) {
    return new Problem(409, "conflict", "Conflict", detail);
  }

  public static Problem invalid(List<FieldError> errors) {
    return new Problem(400, "invalid-input", "Invalid input",
        errors.size() == 1 ? "1 field is invalid." : errors.size() + " fields are invalid.", errors);
  }

  public static Problem forbidden(String detail) {
    return new Problem(403, "forbidden", "Forbidden", detail);
  }

  public static Problem unavailable(String dependency, String detail) {
    return new Problem(503, "dependency-unavailable", dependency + " is unavailable", detail);
  }
}
