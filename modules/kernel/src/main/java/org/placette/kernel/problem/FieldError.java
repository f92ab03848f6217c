package org.placette.kernel.problem;

import java.util.Objects;

/** One wrong field of a request: its JSON path ({@code territory.country}) and what is wrong. */
public record FieldError(String field, String message) {

  public FieldError {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }
}
