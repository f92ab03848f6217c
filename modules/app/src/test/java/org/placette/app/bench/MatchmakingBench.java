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
 * until every item is translated and matched, and the latency of {@code GET /needs/{id}/matches}
 * (p50/p95/p99) over the collection's needs.
 */
public final class MatchmakingBench {

  private static final int NEEDS = 30;
  private static final int REQUESTS = 600;

  private final HttpClient http = HttpClient.newHttpClient();
  private final String api;
  private final String keycloak;
  private String token;
  private long tokenAt;

  private MatchmakingBench(String placette, String keycloak) {
    this.api = placette + "/api/v1";
    this.keycloak = keycloak;
  }

  /** {@code PLACETTE_URL KEYCLOAK_URL DEV_SET.json SIZES} */
  public static void main(String[] args) throws Exception {
    var bench = new MatchmakingBench(args[0], args[1]);
    JsonObject devSet = read(Files.readString(Path.of(args[2])));
    int[] sizes = Arrays.stream(args[3].split(",")).mapToInt(Integer::parseInt).toArray();
    List<String> rows = new ArrayList<>();
    for (int size : sizes) {
      rows.add(bench.run(devSet, size));
    }
    System.out.println();
    System.out.println("solutions  import/s  settled(s)  matches p50   p95     p99   (ms)");
    rows.forEach(System.out::println);
  }

  private String run(JsonObject devSet, int size) throws Exception {
    String prefix = "b" + size + "-" + Long.toString(System.currentTimeMillis() % 100000, 36);
    Path file = Files.createTempFile("placette-bench-", ".json");
    List<String> needRefs = generate(devSet, size, prefix, file);
    System.out.printf(Locale.ROOT, "%d solutions: importing %s (%d kB)%n", size, file, Files.size(file) / 1024);
    long start = System.nanoTime();
    HttpResponse<String> imported = http.send(request("/admin/import").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
    double importSeconds = (System.nanoTime() - start) / 1e9;
    Files.delete(file);
    if (imported.statusCode() != 200) {
      throw new IllegalStateException("Import answered " + imported.statusCode() + ": " + imported.body());
    }
    double perSecond = (size + NEEDS) / importSeconds;
    System.out.printf(Locale.ROOT, "  imported in %.1f s (%.0f items/s); waiting until translated and matched%n", importSeconds, perSecond);
    long lastPrint = 0;
    while (true) {
      JsonObject status = get("/admin/matchmaking");
      long translations = status.getJsonNumber("translationsPending").longValue();
      long matches = status.getJsonNumber("matchesPending").longValue();
      if (translations == 0 && matches == 0) {
        break;
      }
      if (System.nanoTime() - lastPrint > 10e9) {
        System.out.printf(Locale.ROOT, "  %.0f s: %d translations, %d match computations pending%n",
            (System.nanoTime() - start) / 1e9, translations, matches);
        lastPrint = System.nanoTime();
      }
      Thread.sleep(500);
    }
    double settled = (System.nanoTime() - start) / 1e9;
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
    return String.format(Locale.ROOT, "%9d  %8.0f  %10.1f  %11.1f  %6.1f  %6.1f", size, perSecond, settled,
        latencies[REQUESTS / 2] / 1e6, latencies[REQUESTS * 95 / 100] / 1e6, latencies[REQUESTS * 99 / 100] / 1e6);
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
    HttpResponse<String> answer = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new IllegalStateException("GET " + path + " answered " + answer.statusCode() + ": " + answer.body());
    }
    return read(answer.body());
  }

  private HttpRequest.Builder request(String path) throws IOException, InterruptedException {
    if (token == null || System.nanoTime() - tokenAt > Duration.ofMinutes(4).toNanos()) {
      HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(keycloak + "/realms/placette/protocol/openid-connect/token"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=placette-cli&username=demo-admin&password=demo"))
          .build(), HttpResponse.BodyHandlers.ofString());
      token = read(answer.body()).getString("access_token");
      tokenAt = System.nanoTime();
    }
    return HttpRequest.newBuilder(URI.create(api + path)).timeout(Duration.ofMinutes(30)).header("Authorization", "Bearer " + token);
  }

  private static JsonObject read(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
