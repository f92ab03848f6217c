package org.placette.app.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.placette.kernel.problem.Problem;

class HttpProblemsTest {

  @Test
  void givesEachStatusItsStableType() {
    assertThat(HttpProblems.forStatus(401, "GET", "/api/v1/me").slug()).isEqualTo("unauthenticated");
    assertThat(HttpProblems.forStatus(405, "DELETE", "/api/v1/me").detail()).contains("DELETE", "/api/v1/me");
    assertThat(HttpProblems.forStatus(503, "GET", "/x").slug()).isEqualTo("server-error");
  }

  @Test
  void documentListsFieldErrorsOnlyWhenThereAreSome() {
    Problem bare = HttpProblems.forStatus(404, "GET", "/x");
    assertThat(ProblemResponses.document(bare, "/x", "id-12345678").errors()).isNull();
    assertThat(ProblemResponses.document(bare, "/x", "id-12345678").type())
        .isEqualTo("https://placette.org/problems/no-such-resource");
  }
}
