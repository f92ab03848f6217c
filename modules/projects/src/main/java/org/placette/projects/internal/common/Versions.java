package org.placette.projects.internal.common;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import org.placette.kernel.problem.Problem;

/** The ETag of a resource is its version; {@code If-Match} names the version the client last read. */
public final class Versions {

  private Versions() {}

  /** A 200 answer carrying the view and its ETag. */
  public static Response tagged(Versioned view) {
    return Response.ok(view).tag(tag(view.version())).build();
  }

  public static EntityTag tag(long version) {
    return new EntityTag(Long.toString(version));
  }

  /** The version an {@code If-Match} header names, or null when the header is absent or {@code *}. */
  public static Long expected(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
      return null;
    }
    String value = ifMatch.strip();
    if (value.startsWith("W/")) {
      value = value.substring(2);
    }
    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
      value = value.substring(1, value.length() - 1);
    }
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException unknown) {
      // A tag this server never issued cannot match the current version.
      return -1L;
    }
  }

  public static void check(Long expected, long actual, String what) {
    if (expected != null && expected != actual) {
      throw stale(what);
    }
  }

  public static Problem stale(String what) {
    return new Problem(412, "stale-version", "Precondition failed",
        what + " changed since you read it: GET it again for its current ETag, then retry with that If-Match.");
  }
}
