package org.placette.app.problem;

import org.placette.kernel.problem.Problem;

/** The problem that stands for a bare HTTP status raised by the container or the REST runtime. */
final class HttpProblems {

  private HttpProblems() {}

  static Problem forStatus(int status, String method, String path) {
    return switch (status) {
      case 400 -> new Problem(400, "malformed-request", "Malformed request",
          "The request could not be read: check that the body is well-formed JSON of the documented shape.");
      case 401 -> new Problem(401, "unauthenticated", "Authentication required",
          "Send a valid bearer token from Keycloak realm placette in the Authorization header.");
      case 403 -> new Problem(403, "forbidden", "Forbidden", "Your roles do not allow this operation.");
      case 404 -> new Problem(404, "no-such-resource", "Not found", "Nothing is served at " + path + ".");
      case 405 -> new Problem(405, "method-not-allowed", "Method not allowed",
          method + " is not allowed on " + path + "; the Allow header lists the methods that are.");
      case 406 -> new Problem(406, "not-acceptable", "Not acceptable",
          "This resource answers application/json (or text/csv where documented).");
      case 413 -> new Problem(413, "payload-too-large", "Payload too large", "The request body is too large.");
      case 415 -> new Problem(415, "unsupported-media-type", "Unsupported media type",
          "Send the body as application/json.");
      default -> status >= 500
          ? new Problem(status, "server-error", "Server error",
              "The request failed on the server; quote the correlation id when reporting it.")
          : new Problem(status, "http-" + status, "Request rejected", "The request was rejected with status " + status + ".");
    };
  }
}
