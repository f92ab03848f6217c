package org.placette.app.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.placette.app.correlation.CorrelationId;
import org.placette.kernel.problem.Problem;

/**
 * Liberty's security layer answers a missing or invalid token (401) and a missing role (403) with
 * an empty body. This gives those answers the problem document every other error has.
 */
@Provider
public class BarePrivilegeAnswerFilter implements ContainerResponseFilter {

  @Context private HttpServletRequest request;

  @Override
  public void filter(ContainerRequestContext requestContext, ContainerResponseContext response) {
    int status = response.getStatus();
    if ((status == 401 || status == 403) && !response.hasEntity()) {
      Problem problem = HttpProblems.forStatus(status, request.getMethod(), request.getRequestURI());
      response.setEntity(ProblemResponses.document(problem, request.getRequestURI(), CorrelationId.of(request)),
          null, ProblemResponses.PROBLEM_JSON);
      response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, ProblemResponses.MEDIA_TYPE);
    }
  }
}
