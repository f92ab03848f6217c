package org.placette.app.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.placette.kernel.problem.FieldError;

/**
 * The RFC 9457 body of every error answer. {@code errors} names each wrong field; {@code
 * correlationId} is the value of the {@code X-Correlation-Id} response header, to find the request
 * in the logs.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors", "correlationId"})
public record ProblemDocument(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<FieldError> errors,
    String correlationId) {

  static final String TYPE_BASE = "https://placette.org/problems/";
}
