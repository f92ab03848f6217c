package org.placette.projects.internal.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.placette.kernel.problem.Problem;

/**
 * Refuses a request body over {@code projects.request.max-bytes} (default 256 KiB) with 413 before
 * anything reads it. A declared Content-Length is checked at once; a chunked body is read up to the
 * limit and refused as soon as it passes it, so an endless body costs at most the limit.
 */
@Provider
@LimitedBody
public class BodyLimitFilter implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    int maxBytes = ConfigProvider.getConfig().getOptionalValue("projects.request.max-bytes", Integer.class)
        .orElse(262_144);
    String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
    if (declared != null) {
      try {
        if (Long.parseLong(declared.strip()) > maxBytes) {
          throw tooLarge(maxBytes);
        }
        return;
      } catch (NumberFormatException unreadable) {
        // Read and count it below like a chunked body.
      }
    }
    if (!request.hasEntity()) {
      return;
    }
    InputStream body = request.getEntityStream();
    byte[] read = body.readNBytes(maxBytes + 1);
    if (read.length > maxBytes) {
      throw tooLarge(maxBytes);
    }
    request.setEntityStream(new ByteArrayInputStream(read));
  }

  public static Problem tooLarge(long maxBytes) {
    return new Problem(413, "payload-too-large", "Payload too large",
        "The request body exceeds " + maxBytes + " bytes.");
  }
}
