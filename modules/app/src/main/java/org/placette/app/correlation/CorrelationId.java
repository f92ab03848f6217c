package org.placette.app.correlation;

import jakarta.servlet.ServletRequest;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id that ties a request to its log lines and access-log entry. A client may send its own in
 * {@code X-Correlation-Id} (so a portal can follow a call through both systems); anything that is
 * not a short token is replaced, never echoed.
 */
public final class CorrelationId {

  public static final String HEADER = "X-Correlation-Id";
  static final String ATTRIBUTE = CorrelationId.class.getName();
  private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._-]{8,64}");

  private CorrelationId() {}

  static String choose(String offered) {
    return offered != null && ACCEPTABLE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
  }

  /** The request's id; one is made up for a request that bypassed the filter. */
  public static String of(ServletRequest request) {
    Object id = request.getAttribute(ATTRIBUTE);
    if (id == null) {
      id = UUID.randomUUID().toString();
      request.setAttribute(ATTRIBUTE, id);
    }
    return id.toString();
  }
}
