package org.placette.app.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.placette.app.correlation.CorrelationId;

/**
 * The last resort: a bug. The caller gets a 500 problem with the correlation id and no internals;
 * the log gets the stack trace under the same id.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

  @Context private HttpServletRequest request;

  @Override
  public Response toResponse(Throwable failure) {
    String correlationId = CorrelationId.of(request);
    LOG.log(Level.SEVERE, failure, () -> "Unexpected failure on " + request.getMethod() + " "
        + request.getRequestURI() + " [correlationId=" + correlationId + "]");
    return ProblemResponses.response(HttpProblems.forStatus(500, request.getMethod(), request.getRequestURI()),
        request.getRequestURI(), correlationId);
  }
}
