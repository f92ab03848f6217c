package org.placette.app.bench;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.placette.app.matchmaking.MatchmakingBacklog;

/**
 * {@code ./placette bench matchmaking [SIZES] [BACKENDS]}, on an instance of its own: a
 * multilingual collection generated from the dev set (each solution a dev-set solution in its own
 * language, its description extended with a sentence of another of the same language, TRL drawn)
 * grows to each size through the admin import, and at each size it measures: import throughput;
 * the time until every item is translated and matched; the need → solutions scoring latency as the
 * server timed it (p50/p95/p99, and the search engine's own part of it, which the raw engine would
 * spend on the equivalent query) over {@value #SCORINGS} needs the demo authority publishes one at
 * a time, each once the previous one is matched, so that the figure is the scorer's and not the
 * import's; the latency of reading stored matches ({@code GET
 * /needs/{id}/matches}); the server's resident memory. Prints the table after each size.
 */
public final class MatchmakingBench {

  private static final int NEEDS = 30;
  private static final int REQUESTS = 600;
  /**
   * Needs published one by one at each size: as many as the server keeps the times of (its last
   * 200 scorings), since a 95th percentile of fewer moves by milliseconds from run to run.
   */
  private static final int SCORINGS = 200;
  /** How often the bench asks whether a need is scored: often enough, and not so often that asking loads the server. */
  private static final Duration POLL = Duration.ofMillis(200);
  private static final String UNTRANSLATED = "*";
  private static final Pattern DEGRADED = Pattern.compile("\"crossLingualMatching\"\\s*:\\s*\"degraded\"");
  private static final String HEADER = """
                                    need -> solutions scoring (ms)          engine (ms)      ratio   read matches (ms)    RSS
      backend     solutions  import/s  settled(s)   p50     p95     p99      p50     p95      p95/p95   p50    p95    p99      (MB)""";

  private final HttpClient http = HttpClient.newHttpClient();
  private final String api;
  private final String keycloak;
  private final Path serverPid;
  private final Token admin = new Token("demo-admin");
  private final Token authority = new Token("demo-authority");
  private final String prefix = "b" + Long.toString(System.currentTimeMillis() % 1_000_000, 36);

  private MatchmakingBench(String placette, String keycloak, Path serverPid) {
    this.api = placette + "/api/v1";
    this.keycloak = keycloak;
    this.serverPid = serverPid;
  }

  /** {@code PLACETTE_URL KEYCLOAK_URL DEV_SET.json DEMO_COLLECTION.json SIZES [LIBERTY_PID_FILE, for its memory]} */
  public static void main(String[] args) throws Exception {
    var bench = new MatchmakingBench(args[0], args[1], args.length > 5 ? Path.of(args[5]) : null);
    JsonObject devSet = read(Files.readString(Path.of(args[2])));
    int[] sizes = Arrays.stream(args[4].split(",")).mapToInt(Integer::parseInt).sorted().toArray();
    bench.importFile(Path.of(args[3]));
    String backend = bench.backend();
    List<String> rows = new ArrayList<>();
    int imported = 0;
    for (int size : sizes) {
      rows.add(bench.grow(devSet, backend, imported, size));
      imported = size;
      System.out.println();
      System.out.println(HEADER);
      rows.forEach(System.out::println);
      if (backend.endsWith(UNTRANSLATED)) {
        System.out.println(UNTRANSLATED + " Apertium left out: each item indexed and matched in its own language only.");
      }
      System.out.println();
    }
  }

  /** Imports solutions {@code from} to {@code to} (the needs with the first), settles, measures. */
  private String grow(JsonObject devSet, String backend, int from, int to) throws Exception {
    Path file = Files.createTempFile("placette-bench-", ".json");
    generate(devSet, from, to, prefix, file);
    int items = to - from + (from == 0 ? NEEDS : 0);
    System.out.printf(Locale.ROOT, "%s, %d solutions: importing %d items (%d kB)%n", backend, to, items, Files.size(file) / 1024);
    long start = System.nanoTime();
    importFile(file);
    double importSeconds = (System.nanoTime() - start) / 1e9;
    Files.delete(file);
    double perSecond = items / importSeconds;
    System.out.printf(Locale.ROOT, "  imported in %.1f s (%.0f items/s); waiting until translated and matched%n", importSeconds, perSecond);
    MatchmakingBacklog.awaitEmpty(pending -> System.out.printf(Locale.ROOT, "  %.0f s: %s%n", (System.nanoTime() - start) / 1e9, pending));
    double settled = (System.nanoTime() - start) / 1e9;
    JsonObject scoring = scoreNeedsOneByOne(devSet);
    long[] reads = readMatches();
    return String.format(Locale.ROOT,
        "%-11s%10d  %8.0f  %10.1f  %6.1f  %6.1f  %6.1f   %6.1f  %6.1f   %8.2f  %5.1f  %5.1f  %5.1f   %6s",
        backend, to, perSecond, settled, scoring.getJsonNumber("p50").doubleValue(), scoring.getJsonNumber("p95").doubleValue(),
        scoring.getJsonNumber("p99").doubleValue(), scoring.getJsonNumber("engineP50").doubleValue(),
        scoring.getJsonNumber("engineP95").doubleValue(),
        scoring.getJsonNumber("p95").doubleValue() / Math.max(0.01, scoring.getJsonNumber("engineP95").doubleValue()),
        reads[REQUESTS / 2] / 1e6, reads[REQUESTS * 95 / 100] / 1e6, reads[REQUESTS * 99 / 100] / 1e6, residentMegabytes());
  }

  private void importFile(Path file) throws IOException, InterruptedException {
    HttpResponse<String> imported = http.send(request(admin, "/admin/import").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
    if (imported.statusCode() != 200) {
      throw new IllegalStateException("Import of " + file + " answered " + imported.statusCode() + ": " + imported.body());
    }
  }

  /**
   * lucene or opensearch, as the server's readiness check names its search backend; marked
   * {@value #UNTRANSLATED} when it says cross-lingual matching is degraded (Apertium left out).
   */
  private String backend() throws IOException, InterruptedException {
    String health = http.send(HttpRequest.newBuilder(URI.create(api.replace("/api/v1", "/health/ready"))).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    String backend = health.contains("LuceneBackend") ? "lucene" : "opensearch";
    return DEGRADED.matcher(health).find() ? backend + UNTRANSLATED : backend;
  }

  /**
   * Publishes needs as the demo authority, one at a time, each once the previous one is
   * translated and scored, the server's scoring times forgotten first; answers their summary. The
   * refreshes a need asks of its solutions (seconds later) are not waited for: they run beside the
   * next needs, as they would on a live instance.
   */
  private JsonObject scoreNeedsOneByOne(JsonObject devSet) throws Exception {
    System.out.printf(Locale.ROOT, "  publishing %d needs one at a time as demo-authority%n", SCORINGS);
    JsonArray devNeeds = devSet.getJsonArray("needs");
    send(admin, "DELETE", "/admin/matchmaking/scoring", null, 204);
    for (int i = 0; i < SCORINGS; i++) {
      JsonObject template = devNeeds.getJsonObject(i % devNeeds.size());
      String input = Json.createObjectBuilder()
          .add("title", template.getString("title") + " (" + prefix + "-p" + i + ")")
          .add("problemStatement", template.getString("description"))
          .add("territory", Json.createObjectBuilder().add("country", "FR"))
          .add("language", template.getString("language"))
          .build().toString();
      long scored = needScorings(get("/admin/matchmaking"));
      String id = read(send(authority, "POST", "/needs", input, 201)).getString("id");
      send(authority, "POST", "/needs/" + id + "/publish", null, 200);
      awaitScored(scored);
      if ((i + 1) % 50 == 0) {
        System.out.printf(Locale.ROOT, "  %d needs published and matched%n", i + 1);
      }
    }
    return needScoringSummary(get("/admin/matchmaking"))
        .orElseThrow(() -> new IllegalStateException("The server reports no need -> solutions scoring"));
  }

  private void awaitScored(long scoredBefore) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (true) {
      JsonObject status = get("/admin/matchmaking");
      if (needScorings(status) > scoredBefore && status.getJsonNumber("translationsPending").longValue() == 0) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("A published need was not translated and scored within 2 minutes");
      }
      Thread.sleep(POLL.toMillis());
    }
  }

  /** How many need → solutions scorings the server made since it started. */
  private static long needScorings(JsonObject status) {
    return needScoringSummary(status).map(summary -> summary.getJsonNumber("scored").longValue()).orElse(0L);
  }

  private static Optional<JsonObject> needScoringSummary(JsonObject status) {
    for (JsonValue summary : status.getJsonArray("scoring")) {
      if (summary.asJsonObject().getString("candidates").equals("SOLUTION")) {
        return Optional.of(summary.asJsonObject());
      }
    }
    return Optional.empty();
  }

  private long[] readMatches() throws Exception {
    List<String> needIds = new ArrayList<>();
    String cursor = null;
    do {
      JsonObject page = get("/needs?limit=100" + (cursor == null ? "" : "&cursor=" + cursor));
      for (JsonValue item : page.getJsonArray("items")) {
        if (item.asJsonObject().getString("externalRef", "").startsWith(prefix + "-n")) {
          needIds.add(item.asJsonObject().getString("id"));
        }
      }
      cursor = page.isNull("next") ? null : page.getString("next");
    } while (cursor != null);
    long[] latencies = new long[REQUESTS];
    for (int i = 0; i < REQUESTS; i++) {
      long begin = System.nanoTime();
      get("/needs/" + needIds.get(i % needIds.size()) + "/matches?limit=10");
      latencies[i] = System.nanoTime() - begin;
    }
    Arrays.sort(latencies);
    return latencies;
  }

  private String residentMegabytes() throws IOException {
    if (serverPid == null || !Files.isRegularFile(serverPid)) {
      return "n/a";
    }
    Path status = Path.of("/proc", Files.readString(serverPid).strip(), "status");
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("VmRSS:")) {
        return Long.toString(Long.parseLong(line.replaceAll("\\D", "")) / 1024);
      }
    }
    return "n/a";
  }

  /**
   * Writes solutions {@code from} to {@code to} of the collection, with their startups (one per
   * ten solutions), and the authorities and needs with the first part.
   */
  private static void generate(JsonObject devSet, int from, int to, String prefix, Path file) throws IOException {
    Random random = new Random(from);
    JsonArray solutions = devSet.getJsonArray("solutions");
    JsonArray templates = devSet.getJsonArray("startups");
    JsonArrayBuilder startups = Json.createArrayBuilder();
    for (int i = from / 10; i < (to + 9) / 10; i++) {
      JsonObject template = templates.getJsonObject(i % templates.size());
      startups.add(Json.createObjectBuilder(template).add("id", prefix + "-s" + i).add("name", template.getString("name") + " " + i));
    }
    JsonArrayBuilder generated = Json.createArrayBuilder();
    for (int i = from; i < to; i++) {
      JsonObject template = solutions.getJsonObject(random.nextInt(solutions.size()));
      JsonObject other = solutions.getJsonObject(random.nextInt(solutions.size()));
      String extra = other.getString("language").equals(template.getString("language"))
          ? " " + other.getString("description").split("(?<=\\.) ")[0] : "";
      generated.add(Json.createObjectBuilder(template).add("id", prefix + "-x" + i).add("startup", prefix + "-s" + (i / 10))
          .add("description", template.getString("description") + extra).add("trl", 3 + random.nextInt(7)));
    }
    JsonArrayBuilder authorities = Json.createArrayBuilder();
    JsonArrayBuilder needs = Json.createArrayBuilder();
    if (from == 0) {
      for (JsonValue value : devSet.getJsonArray("authorities")) {
        JsonObject authority = value.asJsonObject();
        authorities.add(Json.createObjectBuilder(authority).add("id", prefix + "-" + authority.getString("id")));
      }
      JsonArray devNeeds = devSet.getJsonArray("needs");
      for (int i = 0; i < NEEDS; i++) {
        JsonObject need = devNeeds.getJsonObject(i % devNeeds.size());
        needs.add(Json.createObjectBuilder(need).add("id", prefix + "-n" + i).add("authority", prefix + "-" + need.getString("authority")));
      }
    }
    Files.writeString(file, Json.createObjectBuilder().add("version", 1).add("authorities", authorities).add("startups", startups)
        .add("needs", needs).add("solutions", generated).build().toString(), StandardCharsets.UTF_8);
  }

  private JsonObject get(String path) throws IOException, InterruptedException {
    return read(send(admin, "GET", path, null, 200));
  }

  private String send(Token token, String method, String path, String json, int expected)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = request(token, path);
    if (json != null) {
      request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != expected) {
      throw new IllegalStateException(method + " " + path + " answered " + answer.statusCode() + ": " + answer.body());
    }
    return answer.body();
  }

  private HttpRequest.Builder request(Token token, String path) throws IOException, InterruptedException {
    return HttpRequest.newBuilder(URI.create(api + path)).timeout(Duration.ofMinutes(30))
        .header("Authorization", "Bearer " + token.value());
  }

  /** A demo user's access token, renewed before it expires. */
  private final class Token {
    private final String user;
    private String value;
    private long takenAt;

    Token(String user) {
      this.user = user;
    }

    String value() throws IOException, InterruptedException {
      if (value == null || System.nanoTime() - takenAt > Duration.ofMinutes(4).toNanos()) {
        HttpResponse<String> answer = http.send(
            HttpRequest.newBuilder(URI.create(keycloak + "/realms/placette/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                    "grant_type=password&client_id=placette-cli&username=" + user + "&password=demo"))
                .build(), HttpResponse.BodyHandlers.ofString());
        value = read(answer.body()).getString("access_token");
        takenAt = System.nanoTime();
      }
      return value;
    }
  }

  private static JsonObject read(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
