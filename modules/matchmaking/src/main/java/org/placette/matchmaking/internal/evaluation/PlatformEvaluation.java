package org.placette.matchmaking.internal.evaluation;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * {@code ./placette eval}: the evaluation through a running Placette, as a portal would see it.
 * Loads the collection with the admin import, waits until every item is translated and matched,
 * asks {@code /needs/{id}/matches} for every need, and scores those rankings against the
 * collection's judgments; the two BM25 baselines run beside it on Lucene, the embedded profile's
 * engine, over the same Apertium translations.
 */
public final class PlatformEvaluation {

  private static final Logger LOG = Logger.getLogger(PlatformEvaluation.class.getName());
  private static final Duration SETTLE_TIMEOUT = Duration.ofMinutes(30);

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String api;
  private final String keycloak;
  private String token;
  private long tokenFetchedAt;

  private PlatformEvaluation(String api, String keycloak) {
    this.api = api;
    this.keycloak = keycloak;
  }

  /** {@code PLACETTE_URL KEYCLOAK_URL COLLECTION.json TRANSLATION_CACHE [RANKINGS_OUT.json]} */
  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length < 4) {
      throw new IllegalArgumentException(
          "usage: PlatformEvaluation PLACETTE_URL KEYCLOAK_URL COLLECTION.json TRANSLATION_CACHE [RANKINGS_OUT.json]");
    }
    Path collectionFile = Path.of(args[2]);
    EvaluationCollection collection = EvaluationCollection.read(collectionFile);
    var evaluation = new PlatformEvaluation(args[0] + "/api/v1", args[1]);
    evaluation.load(collectionFile);
    JsonObject status = evaluation.settle();
    Map<String, List<String>> placette = evaluation.rankings(collection.solutionsById().keySet());
    OfflineEvaluation offline = OfflineEvaluation.prepare(collection, Path.of(args[3]));
    List<EvaluationReport> reports = List.of(
        Evaluator.evaluate("BM25, original texts (Lucene)", collection, offline.baselineOriginal(Evaluator.DEPTH)),
        Evaluator.evaluate("BM25, translated texts (Lucene)", collection, offline.baselineTranslated(Evaluator.DEPTH)),
        Evaluator.evaluate("Placette " + status.getString("algorithm"), collection, placette));
    StringBuilder table = new StringBuilder();
    reports.forEach(report -> table.append(report.row()).append('\n'));
    JsonObject feedback = status.getJsonObject("feedback");
    table.append(String.format("Feedback: %d verdicts, agreement with the scorer %s", feedback.getInt("verdicts"),
        feedback.containsKey("share") ? String.format("%.3f", feedback.getJsonNumber("share").doubleValue()) : "n/a"));
    System.out.println("Evaluation on " + collection.needs().size() + " needs, " + collection.solutions().size()
        + " solutions, through " + args[0] + ":\n" + table);
    if (args.length > 4) {
      JsonObjectBuilder json = Json.createObjectBuilder();
      placette.forEach((need, ranking) -> json.add(need, Json.createArrayBuilder(ranking)));
      Files.writeString(Path.of(args[4]), json.build().toString(), StandardCharsets.UTF_8);
      System.out.println("Rankings written to " + args[4]);
    }
  }

  private void load(Path collection) throws IOException, InterruptedException {
    LOG.info(() -> "Importing " + collection);
    HttpResponse<String> answer = http.send(request("/admin/import")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofFile(collection)).build(), HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new IllegalStateException("The import answered " + answer.statusCode() + ": " + answer.body());
    }
  }

  /** Waits until nothing is left to translate or match, printing the backlog as it shrinks. */
  private JsonObject settle() throws IOException, InterruptedException {
    long deadline = System.nanoTime() + SETTLE_TIMEOUT.toNanos();
    long lastPrinted = 0;
    while (true) {
      JsonObject status = get("/admin/matchmaking");
      long translations = status.getJsonNumber("translationsPending").longValue();
      long matches = status.getJsonNumber("matchesPending").longValue();
      if (translations == 0 && matches == 0) {
        return status;
      }
      if (System.nanoTime() - lastPrinted > Duration.ofSeconds(5).toNanos()) {
        System.out.printf("  waiting: %d translations and %d match computations pending (%d published)%n", translations,
            matches, status.getJsonNumber("published").longValue());
        lastPrinted = System.nanoTime();
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("Matchmaking did not settle within " + SETTLE_TIMEOUT + ": " + status);
      }
      Thread.sleep(500);
    }
  }

  /**
   * Every imported need's ranking, by the collection's ids. Other solutions the instance holds
   * (demo data, say) are left out: the collection's judgments say nothing of them.
   */
  private Map<String, List<String>> rankings(Set<String> judged) throws IOException, InterruptedException {
    Map<String, String> needIds = new LinkedHashMap<>();
    String cursor = null;
    do {
      JsonObject page = get("/needs?limit=100" + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)));
      for (JsonValue item : page.getJsonArray("items")) {
        JsonObject need = item.asJsonObject();
        if (!need.isNull("externalRef")) {
          needIds.put(need.getString("externalRef"), need.getString("id"));
        }
      }
      cursor = page.isNull("next") ? null : page.getString("next");
    } while (cursor != null);
    Map<String, List<String>> rankings = new LinkedHashMap<>();
    for (var need : needIds.entrySet()) {
      List<String> ranking = new ArrayList<>();
      for (JsonValue item : get("/needs/" + need.getValue() + "/matches?limit=" + 3 * Evaluator.DEPTH).getJsonArray("items")) {
        JsonObject solution = item.asJsonObject().getJsonObject("solution");
        if (!solution.isNull("externalRef") && judged.contains(solution.getString("externalRef"))
            && ranking.size() < Evaluator.DEPTH) {
          ranking.add(solution.getString("externalRef"));
        }
      }
      rankings.put(need.getKey(), ranking);
    }
    return rankings;
  }

  private JsonObject get(String path) throws IOException, InterruptedException {
    HttpResponse<String> answer = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new IllegalStateException("GET " + path + " answered " + answer.statusCode() + ": " + answer.body());
    }
    try (var reader = Json.createReader(new StringReader(answer.body()))) {
      return reader.readObject();
    }
  }

  /** A fresh token a minute before the last one expires (they live five minutes). */
  private HttpRequest.Builder request(String path) throws IOException, InterruptedException {
    if (token == null || System.nanoTime() - tokenFetchedAt > Duration.ofMinutes(4).toNanos()) {
      token = adminToken(keycloak);
      tokenFetchedAt = System.nanoTime();
    }
    return HttpRequest.newBuilder(URI.create(api + path)).timeout(Duration.ofMinutes(10)).header("Authorization", "Bearer " + token);
  }

  private static String adminToken(String keycloak) throws IOException, InterruptedException {
    String form = "grant_type=password&client_id=placette-cli&username=demo-admin&password=demo";
    HttpResponse<String> answer = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(keycloak + "/realms/placette/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new IllegalStateException("Keycloak refused a token for demo-admin: " + answer.body());
    }
    try (var reader = Json.createReader(new StringReader(answer.body()))) {
      return reader.readObject().getString("access_token");
    }
  }
}
