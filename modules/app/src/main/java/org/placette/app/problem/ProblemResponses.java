package org.placette.app.problem;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.placette.kernel.problem.FieldError;
import org.placette.kernel.problem.Problem;

/** Builds problem answers; the one place that knows the media type and the type URI scheme. */
public final class ProblemResponses {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

  private ProblemResponses() {}

  public static ProblemDocument document(Problem problem, String instance, String correlationId) {
    List<FieldError> errors = problem.fieldErrors().isEmpty() ? null : problem.fieldErrors();
    return new ProblemDocument(ProblemDocument.TYPE_BASE + problem.slug(), problem.title(), problem.status(),
        problem.detail(), instance, errors, correlationId);
  }

  public static Response response(Problem problem, String instance, String correlationId) {
    Response.ResponseBuilder answer = Response.status(problem.status())
        .type(PROBLEM_JSON)
        .entity(document(problem, instance, correlationId));
    if (problem.status() == 401) {
      // RFC 6750: a 401 tells the client which scheme to authenticate with.
      answer.header("WWW-Authenticate", "Bearer realm=\"placette\"");
    }
    return answer.build();
  }
}
