package org.placette.app.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.placette.app.correlation.CorrelationId;

/** A body that JSON-B cannot read (malformed JSON, a string where a number belongs) is the client's fault. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

  @Context private HttpServletRequest request;

  @Override
  public Response toResponse(ProcessingException exception) {
    return ProblemResponses.response(HttpProblems.forStatus(400, request.getMethod(), request.getRequestURI()),
        request.getRequestURI(), CorrelationId.of(request));
  }
}
