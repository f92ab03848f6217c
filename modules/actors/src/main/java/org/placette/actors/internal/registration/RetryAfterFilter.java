package org.placette.actors.internal.registration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/** Tells a rate-limited client when to come back (RFC 9110 Retry-After, in seconds). */
@Provider
public class RetryAfterFilter implements ContainerResponseFilter {

  static final String ATTRIBUTE = RetryAfterFilter.class.getName();

  @Context private HttpServletRequest request;

  @Override
  public void filter(ContainerRequestContext requestContext, ContainerResponseContext response) {
    Object seconds = request.getAttribute(ATTRIBUTE);
    if (response.getStatus() == 429 && seconds != null) {
      response.getHeaders().putSingle(HttpHeaders.RETRY_AFTER, seconds.toString());
    }
  }
}
