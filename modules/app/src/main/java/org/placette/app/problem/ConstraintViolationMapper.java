package org.placette.app.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import org.placette.app.correlation.CorrelationId;
import org.placette.kernel.problem.FieldError;
import org.placette.kernel.problem.FieldPaths;
import org.placette.kernel.problem.Problem;

/** Bean Validation failures on resource parameters: one entry per wrong field, all of them at once. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Context private HttpServletRequest request;

  @Override
  public Response toResponse(ConstraintViolationException exception) {
    List<FieldError> errors = exception.getConstraintViolations().stream()
        .map(ConstraintViolationMapper::toFieldError)
        .sorted(Comparator.comparing(FieldError::field))
        .toList();
    return ProblemResponses.response(Problem.invalid(errors), request.getRequestURI(), CorrelationId.of(request));
  }

  private static FieldError toFieldError(ConstraintViolation<?> violation) {
    return new FieldError(FieldPaths.of(violation.getPropertyPath()), violation.getMessage());
  }
}
