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
import java.util.Random;

/**
 * {@code ./placette bench matchmaking [SIZES]}: for each size (solutions; default 1000,10000), a
 * multilingual collection is generated from the dev set (each solution a dev-set solution in its
 * own language, its description extended with a sentence of another of the same language, TRL
 * drawn), imported through the admin import, and then it measures: import throughput, the time
 * until every item is translated and matched, the need → solutions scoring latency as the server
 * timed it for {@value #PUBLISHED} needs the demo authority publishes (p50/p95/p99, and the
 * search engine's own part of it, which the raw engine would spend on the equivalent query), the
 * latency of reading stored matches ({@code GET /needs/{id}/matches}) and the server's resident
 * memory.
 */
public final class MatchmakingBench {

  private static final int NEEDS = 30;
  private static final int REQUESTS = 600;
  /** As many as the server keeps scoring times for (ScoringTimes.WINDOW), so only these count. */
  private static final int PUBLISHED = 200;

  private final HttpClient http = HttpClient.newHttpClient();
  private final String api;
  private final String keycloak;
  private final Path serverPid;
  private final Token admin = new Token("demo-admin");
  private final Token authority = new Token("demo-authority");

  private MatchmakingBench(String placette, String keycloak, Path serverPid) {
    this.api = placette + "/api/v1";
    this.keycloak = keycloak;
    this.serverPid = serverPid;
  }

  /** {@code PLACETTE_URL KEYCLOAK_URL DEV_SET.json SIZES [LIBERTY_PID_FILE, for its memory]} */
  public static void main(String[] args) throws Exception {
    var bench = new MatchmakingBench(args[0], args[1], args.length > 4 ? Path.of(args[4]) : null);
    JsonObject devSet = read(Files.readString(Path.of(args[2])));
    int[] sizes = Arrays.stream(args[3].split(",")).mapToInt(Integer::parseInt).toArray();
    List<String> rows = new ArrayList<>();
    for (int size : sizes) {
      rows.add(bench.run(devSet, size));
    }
    System.out.println();
    System.out.println("                       need -> solutions scoring (ms)          engine (ms)      ratio   read matches (ms)    RSS");
    System.out.println("solutions  import/s  settled(s)   p50     p95     p99      p50     p95      p95/p95   p50    p95    p99      (MB)");
    rows.forEach(System.out::println);
  }

  private String run(JsonObject devSet, int size) throws Exception {
    String prefix = "b" + size + "-" + Long.toString(System.currentTimeMillis() % 100000, 36);
    Path file = Files.createTempFile("placette-bench-", ".json");
    List<String> needRefs = generate(devSet, size, prefix, file);
    System.out.printf(Locale.ROOT, "%d solutions: importing %s (%d kB)%n", size, file, Files.size(file) / 1024);
    long start = System.nanoTime();
    HttpResponse<String> imported = http.send(request(admin, "/admin/import").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
    double importSeconds = (System.nanoTime() - start) / 1e9;
    Files.delete(file);
    if (imported.statusCode() != 200) {
      throw new IllegalStateException("Import answered " + imported.statusCode() + ": " + imported.body());
    }
    double perSecond = (size + NEEDS) / importSeconds;
    System.out.printf(Locale.ROOT, "  imported in %.1f s (%.0f items/s); waiting until translated and matched%n", importSeconds, perSecond);
    awaitSettled(start);
    double settled = (System.nanoTime() - start) / 1e9;
    JsonObject scoring = scoreFreshNeeds(devSet, prefix);
    long[] reads = readMatches(needRefs);
    return String.format(Locale.ROOT, "%9d  %8.0f  %10.1f  %6.1f  %6.1f  %6.1f   %6.1f  %6.1f   %8.2f  %5.1f  %5.1f  %5.1f   %6s",
        size, perSecond, settled, scoring.getJsonNumber("p50").doubleValue(), scoring.getJsonNumber("p95").doubleValue(),
        scoring.getJsonNumber("p99").doubleValue(), scoring.getJsonNumber("engineP50").doubleValue(),
        scoring.getJsonNumber("engineP95").doubleValue(),
        scoring.getJsonNumber("p95").doubleValue() / Math.max(0.01, scoring.getJsonNumber("engineP95").doubleValue()),
        reads[REQUESTS / 2] / 1e6, reads[REQUESTS * 95 / 100] / 1e6, reads[REQUESTS * 99 / 100] / 1e6, residentMegabytes());
  }

  /** Waits until the pipeline's backlog is empty, telling how it goes every 10 s. */
  private void awaitSettled(long start) throws Exception {
    long lastPrint = System.nanoTime();
    while (true) {
      JsonObject status = get("/admin/matchmaking");
      long translations = status.getJsonNumber("translationsPending").longValue();
      long matches = status.getJsonNumber("matchesPending").longValue();
      if (translations == 0 && matches == 0) {
        return;
      }
      if (System.nanoTime() - lastPrint > 10e9) {
        System.out.printf(Locale.ROOT, "  %.0f s: %d translations, %d match computations pending%n",
            (System.nanoTime() - start) / 1e9, translations, matches);
        lastPrint = System.nanoTime();
      }
      Thread.sleep(500);
    }
  }

  /** Publishes needs as the demo authority, waits until they are matched, answers the server's scoring times. */
  private JsonObject scoreFreshNeeds(JsonObject devSet, String prefix) throws Exception {
    System.out.printf(Locale.ROOT, "  publishing %d needs as demo-authority%n", PUBLISHED);
    JsonArray devNeeds = devSet.getJsonArray("needs");
    for (int i = 0; i < PUBLISHED; i++) {
      JsonObject template = devNeeds.getJsonObject(i % devNeeds.size());
      String input = Json.createObjectBuilder()
          .add("title", template.getString("title") + " (" + prefix + "-p" + i + ")")
          .add("problemStatement", template.getString("description"))
          .add("territory", Json.createObjectBuilder().add("country", "FR"))
          .add("language", template.getString("language"))
          .build().toString();
      String id = read(send(authority, "POST", "/needs", input, 201)).getString("id");
      send(authority, "POST", "/needs/" + id + "/publish", null, 200);
    }
    awaitSettled(System.nanoTime());
    for (JsonValue summary : get("/admin/matchmaking").getJsonArray("scoring")) {
      if (summary.asJsonObject().getString("candidates").equals("SOLUTION")) {
        return summary.asJsonObject();
      }
    }
    throw new IllegalStateException("The server reports no need -> solutions scoring");
  }

  private long[] readMatches(List<String> needRefs) throws Exception {
    List<String> needIds = new ArrayList<>();
    String cursor = null;
    do {
      JsonObject page = get("/needs?limit=100" + (cursor == null ? "" : "&cursor=" + cursor));
      for (JsonValue item : page.getJsonArray("items")) {
        if (needRefs.contains(item.asJsonObject().getString("externalRef", ""))) {
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

  /** Writes the collection; returns the needs' references. */
  private static List<String> generate(JsonObject devSet, int size, String prefix, Path file) throws IOException {
    Random random = new Random(size);
    JsonArray solutions = devSet.getJsonArray("solutions");
    JsonArrayBuilder startups = Json.createArrayBuilder();
    int startupCount = Math.max(1, size / 10);
    for (int i = 0; i < startupCount; i++) {
      JsonObject template = devSet.getJsonArray("startups").getJsonObject(i % devSet.getJsonArray("startups").size());
      startups.add(Json.createObjectBuilder(template).add("id", prefix + "-s" + i).add("name", template.getString("name") + " " + i));
    }
    JsonArrayBuilder generated = Json.createArrayBuilder();
    for (int i = 0; i < size; i++) {
      JsonObject template = solutions.getJsonObject(random.nextInt(solutions.size()));
      JsonObject other = solutions.getJsonObject(random.nextInt(solutions.size()));
      String extra = other.getString("language").equals(template.getString("language"))
          ? " " + other.getString("description").split("(?<=\\.) ")[0] : "";
      generated.add(Json.createObjectBuilder(template).add("id", prefix + "-x" + i).add("startup", prefix + "-s" + (i % startupCount))
          .add("description", template.getString("description") + extra).add("trl", 3 + random.nextInt(7)));
    }
    JsonArrayBuilder authorities = Json.createArrayBuilder();
    for (JsonValue value : devSet.getJsonArray("authorities")) {
      JsonObject authority = value.asJsonObject();
      authorities.add(Json.createObjectBuilder(authority).add("id", prefix + "-" + authority.getString("id")));
    }
    JsonArrayBuilder needs = Json.createArrayBuilder();
    List<String> refs = new ArrayList<>();
    JsonArray devNeeds = devSet.getJsonArray("needs");
    for (int i = 0; i < NEEDS; i++) {
      JsonObject need = devNeeds.getJsonObject(i % devNeeds.size());
      refs.add(prefix + "-n" + i);
      needs.add(Json.createObjectBuilder(need).add("id", prefix + "-n" + i).add("authority", prefix + "-" + need.getString("authority")));
    }
    Files.writeString(file, Json.createObjectBuilder().add("version", 1).add("authorities", authorities).add("startups", startups)
        .add("needs", needs).add("solutions", generated).build().toString(), StandardCharsets.UTF_8);
    return refs;
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
