package org.placette.app.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.placette.app.correlation.CorrelationId;
import org.placette.kernel.problem.Problem;

/**
 * What the REST runtime itself rejects (unknown route, wrong method, unreadable body, unsupported
 * media type) in the same format as everything else, keeping the runtime's status and headers.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Context private HttpServletRequest request;

  @Override
  public Response toResponse(WebApplicationException exception) {
    Response original = exception.getResponse();
    int status = original.getStatus();
    Problem problem = HttpProblems.forStatus(status, request.getMethod(), request.getRequestURI());
    Response.ResponseBuilder answer = Response.fromResponse(ProblemResponses.response(problem,
        request.getRequestURI(), CorrelationId.of(request)));
    if (exception instanceof NotAllowedException) {
      answer.header(HttpHeaders.ALLOW, original.getHeaderString(HttpHeaders.ALLOW));
    }
    return answer.build();
  }
}
