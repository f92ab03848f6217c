package org.placette.app.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The per-request cost of token validation: requests/s on the same trivial endpoint without
 * ({@code GET /api/v1/ping}) and with a bearer token ({@code GET /api/v1/ping/authenticated}),
 * interleaved in one run so that both see the same machine. JDK only, so that the launcher runs
 * it as a single source file: {@code ./placette bench auth [seconds-per-round] [threads]}.
 * Loopback only; every round stops after its time.
 */
public final class AuthBench {

  private static final PrintStream OUT = System.out;
  private static final int ROUNDS = 4;

  private AuthBench() {}

  /** One round's outcome. */
  record Round(String name, int requests, int failures, double seconds, long[] latenciesMicros) {

    double perSecond() {
      return requests / seconds;
    }

    long percentile(double p) {
      long[] sorted = latenciesMicros.clone();
      Arrays.sort(sorted);
      return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
  }

  public static void main(String[] args) throws Exception {
    String placette = args.length > 0 ? args[0] : "http://127.0.0.1:9080";
    String keycloak = args.length > 1 ? args[1] : "http://127.0.0.1:8180";
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    int threads = args.length > 3 ? Integer.parseInt(args[3]) : 4;
    // HTTP/1.1 with keep-alive, as a portal's client would; no h2c upgrade dance on each connection.
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    String token = token(http, keycloak);

    HttpRequest open = HttpRequest.newBuilder(URI.create(placette + "/api/v1/ping")).GET().build();
    HttpRequest secured = HttpRequest.newBuilder(URI.create(placette + "/api/v1/ping/authenticated"))
        .header("Authorization", "Bearer " + token).GET().build();
    // The JIT and Liberty's pools need a while: one full round of each before measuring.
    OUT.printf("Warming up (%d s each)...%n", seconds);
    run(http, "warm-up open", open, seconds, threads);
    run(http, "warm-up token", secured, seconds, threads);

    List<Round> openRounds = new ArrayList<>();
    List<Round> securedRounds = new ArrayList<>();
    for (int i = 0; i < ROUNDS; i++) {
      openRounds.add(report(run(http, "without token", open, seconds, threads)));
      securedRounds.add(report(run(http, "with token   ", secured, seconds, threads)));
    }
    double openRate = openRounds.stream().mapToDouble(Round::perSecond).average().orElse(0);
    double securedRate = securedRounds.stream().mapToDouble(Round::perSecond).average().orElse(0);
    OUT.printf("%nMean over %d rounds of %d s, %d client threads:%n", ROUNDS, seconds, threads);
    OUT.printf("  without token  %8.0f requests/s%n", openRate);
    OUT.printf("  with token     %8.0f requests/s%n", securedRate);
    OUT.printf("  token validation costs about %.0f µs of server time per request at this concurrency "
        + "(%.0f%% fewer requests/s)%n", (1e6 / securedRate - 1e6 / openRate) * threads,
        100 * (1 - securedRate / openRate));
  }

  private static Round report(Round round) {
    OUT.printf("  %s  %8.0f req/s  p50 %5d µs  p99 %6d µs  max %8d µs  (%d requests in %.1f s)%n", round.name(),
        round.perSecond(), round.percentile(0.50), round.percentile(0.99), round.percentile(1.0), round.requests(),
        round.seconds());
    return round;
  }

  private static Round run(HttpClient http, String name, HttpRequest request, int seconds, int threads)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    long end = start + Duration.ofSeconds(seconds).toNanos();
    List<Future<long[]>> results = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      results.add(pool.submit(() -> {
        long[] latencies = new long[1 << 16];
        int count = 0;
        int failures = 0;
        while (System.nanoTime() < end) {
          long before = System.nanoTime();
          HttpResponse<Void> answer = http.send(request, HttpResponse.BodyHandlers.discarding());
          if (answer.statusCode() != 200) {
            failures++;
          }
          if (count == latencies.length) {
            latencies = Arrays.copyOf(latencies, count * 2);
          }
          latencies[count++] = (System.nanoTime() - before) / 1000;
        }
        long[] out = Arrays.copyOf(latencies, count + 1);
        out[count] = failures;
        return out;
      }));
    }
    List<Long> all = new ArrayList<>();
    int failures = 0;
    for (Future<long[]> result : results) {
      long[] values = result.get();
      failures += (int) values[values.length - 1];
      for (int i = 0; i < values.length - 1; i++) {
        all.add(values[i]);
      }
    }
    pool.shutdown();
    double elapsed = (System.nanoTime() - start) / 1e9;
    if (failures > 0) {
      throw new IllegalStateException(name + ": " + failures + " requests did not answer 200; is the token still valid?");
    }
    return new Round(name, all.size(), failures, elapsed, all.stream().mapToLong(Long::longValue).toArray());
  }

  /** A demo member's access token (password grant of the scripts-and-tests client). */
  private static String token(HttpClient http, String keycloak) throws IOException, InterruptedException {
    String form = "grant_type=password&client_id=placette-cli&username=demo-startup&password="
        + URLEncoder.encode("demo", StandardCharsets.UTF_8);
    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                URI.create(keycloak + "/realms/placette/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
        HttpResponse.BodyHandlers.ofString());
    Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(answer.body());
    if (answer.statusCode() != 200 || !token.find()) {
      throw new IllegalStateException("No token from " + keycloak + ": HTTP " + answer.statusCode());
    }
    return token.group(1);
  }
}
