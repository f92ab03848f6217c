package org.placette.app.problem;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import org.placette.kernel.problem.Problem;

/**
 * A body JSON-B cannot read (truncated JSON, a string where a number belongs) is the client's
 * fault, but Liberty's JSON-B provider lets the raw JsonbException escape, which would be a 500.
 */
@Provider
public class UnreadableBodyInterceptor implements ReaderInterceptor {

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    try {
      return context.proceed();
    } catch (JsonbException | JsonException unreadable) {
      throw new Problem(400, "malformed-request", "Malformed request",
          "The body is not JSON of the documented shape: " + firstLine(unreadable.getMessage()));
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable.";
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }
}
