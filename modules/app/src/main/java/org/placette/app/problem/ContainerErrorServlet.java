package org.placette.app.problem;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.placette.app.correlation.CorrelationId;
import org.placette.kernel.problem.Problem;

/**
 * The error page of the web container (see web.xml): security challenges and paths outside the
 * REST application get the same problem document as the API's own errors.
 */
@WebServlet("/container-error")
public class ContainerErrorServlet extends HttpServlet {

  private static final Jsonb JSONB = JsonbBuilder.create();

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer value ? value : 500;
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path = uri == null ? request.getRequestURI() : uri.toString();
    Problem problem = HttpProblems.forStatus(status, request.getMethod(), path);
    response.setStatus(status);
    response.setContentType(ProblemResponses.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(JSONB.toJson(ProblemResponses.document(problem, path, CorrelationId.of(request))));
  }
}
