package org.placette.kernel.problem;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/** Turns a Bean Validation property path into the JSON path the client sent ({@code needs[2].title}). */
public final class FieldPaths {

  private FieldPaths() {}

  public static String of(Path path) {
    StringBuilder field = new StringBuilder();
    for (Path.Node node : path) {
      // Method and parameter nodes name Java code, not the request body the client wrote.
      if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
          || node.getKind() == ElementKind.CONSTRUCTOR || node.getKind() == ElementKind.CROSS_PARAMETER
          || node.getKind() == ElementKind.RETURN_VALUE) {
        continue;
      }
      if (node.getName() != null && !node.getName().startsWith("<")) {
        if (!field.isEmpty()) {
          field.append('.');
        }
        field.append(node.getName());
      }
      if (node.getIndex() != null) {
        field.append('[').append(node.getIndex()).append(']');
      } else if (node.getKey() != null) {
        field.append('[').append(node.getKey()).append(']');
      }
    }
    return field.isEmpty() ? "body" : field.toString();
  }
}
