package org.placette.app.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.placette.app.correlation.CorrelationId;
import org.placette.kernel.problem.Problem;

/** Renders the problems the modules raise. */
@Provider
public class ProblemMapper implements ExceptionMapper<Problem> {

  @Context private HttpServletRequest request;

  @Override
  public Response toResponse(Problem problem) {
    return ProblemResponses.response(problem, request.getRequestURI(), CorrelationId.of(request));
  }
}
