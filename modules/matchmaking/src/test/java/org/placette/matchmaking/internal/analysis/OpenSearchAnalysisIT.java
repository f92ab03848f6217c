package org.placette.matchmaking.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The analyzers as Hibernate Search installs them on a real OpenSearch node (started by the build
 * with {@code ./placette opensearch start}), checked through the node's {@code _analyze} API
 * against the same expectations as the Lucene analyzers.
 */
class OpenSearchAnalysisIT {

  private static final String URL = System.getProperty("opensearch.url", "http://127.0.0.1:9220");
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static SessionFactory sessionFactory;

  @BeforeAll
  static void boot() {
    sessionFactory = SearchBootstrap.openSearch(URL);
  }

  @AfterAll
  static void close() {
    if (sessionFactory != null) {
      sessionFactory.close();
    }
  }

  static Stream<AnalyzerExpectations.Case> cases() {
    return AnalyzerExpectations.CASES.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void analyzesAsEveryBackendMust(AnalyzerExpectations.Case expected) throws Exception {
    JsonObject request = Json.createObjectBuilder()
        .add("analyzer", expected.analyzer()).add("text", expected.text()).build();
    assertThat(analyze(request)).as(expected.why()).containsExactlyElementsOf(expected.terms());
  }

  @Test
  void normalizesKeywordsWithoutCaseOrAccents() throws Exception {
    JsonObject request = Json.createObjectBuilder()
        .add("normalizer", AnalyzerNames.FOLDED_KEYWORD).add("text", "Île-de-France").build();
    assertThat(analyze(request)).containsExactly("ile-de-france");
  }

  private static List<String> analyze(JsonObject request) throws IOException, InterruptedException {
    HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(URL + "/need_profile-read/_analyze"))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(request.toString()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    try (var reader = Json.createReader(new StringReader(answer.body()))) {
      return reader.readObject().getJsonArray("tokens").stream()
          .map(token -> ((JsonString) token.asJsonObject().get("token")).getString())
          .toList();
    }
  }
}
