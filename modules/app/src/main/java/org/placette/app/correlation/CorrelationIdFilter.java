package org.placette.app.correlation;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Gives every request its correlation id and echoes it in the response (and so in the access log).
 * Async-supported, since a filter that is not turns every request behind it synchronous and the
 * live notification stream (Server-Sent Events) needs its request to stay open asynchronously.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR}, asyncSupported = true)
public class CorrelationIdFilter extends HttpFilter {

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getAttribute(CorrelationId.ATTRIBUTE) == null) {
      request.setAttribute(CorrelationId.ATTRIBUTE, CorrelationId.choose(request.getHeader(CorrelationId.HEADER)));
    }
    response.setHeader(CorrelationId.HEADER, CorrelationId.of(request));
    chain.doFilter(request, response);
  }
}
