package org.placette.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

/**
 * A real HTTP server on loopback that receives webhooks and records them. Each request gets the
 * next scripted answer (a status, optionally after a delay); when the script is empty it answers
 * 204, at once or after a random delay (a receiver under load). Requests are recorded before the
 * delay, so a test sees an attempt even if the sender gave up waiting, or died.
 */
public final class WebhookReceiver implements AutoCloseable {

  /** One request as received. Header names are lower case. */
  public record Received(Map<String, List<String>> headers, String body) {

    public String header(String name) {
      List<String> values = headers.get(name);
      return values == null || values.isEmpty() ? null : values.get(0);
    }
  }

  private record Answer(int status, Duration delay) {}

  private final HttpServer server;
  private final ExecutorService handlers = Executors.newFixedThreadPool(8);
  private final ConcurrentLinkedQueue<Answer> script = new ConcurrentLinkedQueue<>();
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private volatile Duration unscriptedMinDelay = Duration.ZERO;
  private volatile Duration unscriptedMaxDelay = Duration.ZERO;

  public WebhookReceiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(handlers);
    server.start();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/placette";
  }

  public WebhookReceiver thenAnswer(int status) {
    script.add(new Answer(status, Duration.ZERO));
    return this;
  }

  public WebhookReceiver thenHangFor(Duration delay) {
    script.add(new Answer(200, delay));
    return this;
  }

  /** Answers every unscripted request after a delay drawn uniformly between {@code min} and {@code max}. */
  public WebhookReceiver slowedTo(Duration min, Duration max) {
    if (min.isNegative() || max.compareTo(min) < 0) {
      throw new IllegalArgumentException("Delays must satisfy 0 <= min <= max: " + min + ", " + max);
    }
    unscriptedMinDelay = min;
    unscriptedMaxDelay = max;
    return this;
  }

  /** How many scripted answers have not been given yet. */
  public int scripted() {
    return script.size();
  }

  /** Waits until {@code count} received requests match, and returns all that match. */
  public List<Received> await(Predicate<Received> matching, int count, Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (true) {
      List<Received> matched = new ArrayList<>(received.stream().filter(matching).toList());
      if (matched.size() >= count) {
        return matched;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Expected " + count + " matching webhook requests within " + limit + ", got "
            + matched.size() + " (of " + received.size() + " received)");
      }
      Thread.sleep(100);
    }
  }

  public List<Received> received() {
    return List.copyOf(received);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (InputStream body = exchange.getRequestBody()) {
      Map<String, List<String>> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT), values));
      received.add(new Received(headers, new String(body.readAllBytes(), StandardCharsets.UTF_8)));
    }
    Answer answer = script.poll();
    if (answer == null) {
      long min = unscriptedMinDelay.toMillis();
      answer = new Answer(204, Duration.ofMillis(ThreadLocalRandom.current().nextLong(min, unscriptedMaxDelay.toMillis() + 1)));
    }
    try {
      Thread.sleep(answer.delay().toMillis());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
    exchange.sendResponseHeaders(answer.status(), -1);
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
    // Its threads would otherwise keep the JVM of a command-line driver alive.
    handlers.shutdownNow();
  }
}
