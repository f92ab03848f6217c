package org.placette.app.notifications;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.placette.testkit.TestServers;

/**
 * A real Server-Sent Events client over java.net.http: it parses the stream as the specification
 * says (fields up to a blank line make an event, comments start with a colon) on its own thread.
 */
final class SseClient implements AutoCloseable {

  record Event(String id, String name, String data) {}

  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
  private final InputStream body;
  private final int status;
  private final String contentType;

  SseClient(String token, String lastEventId) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestServers.apiUrl() + "/me/notifications/stream"))
        .header("Accept", "text/event-stream")
        .header("Authorization", "Bearer " + token);
    if (lastEventId != null) {
      request.header("Last-Event-ID", lastEventId);
    }
    HttpResponse<InputStream> response = HttpClient.newHttpClient()
        .sendAsync(request.build(), HttpResponse.BodyHandlers.ofInputStream())
        .get(10, TimeUnit.SECONDS);
    status = response.statusCode();
    contentType = response.headers().firstValue("Content-Type").orElse("");
    body = response.body();
    Thread reader = new Thread(this::read, "sse-client");
    reader.setDaemon(true);
    reader.start();
  }

  int status() {
    return status;
  }

  String contentType() {
    return contentType;
  }

  /** The next event, or null if none came within {@code limit}. */
  Event next(Duration limit) throws InterruptedException {
    return events.poll(limit.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void read() {
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
      String id = null;
      String name = null;
      StringBuilder data = new StringBuilder();
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.isEmpty()) {
          if (!data.isEmpty()) {
            events.add(new Event(id, name, data.toString()));
          }
          id = null;
          name = null;
          data.setLength(0);
        } else if (!line.startsWith(":")) {
          int colon = line.indexOf(':');
          String field = colon < 0 ? line : line.substring(0, colon);
          String value = colon < 0 ? "" : line.substring(colon + 1).replaceFirst("^ ", "");
          switch (field) {
            case "id" -> id = value;
            case "event" -> name = value;
            case "data" -> data.append(data.isEmpty() ? "" : "\n").append(value);
            default -> { }
          }
        }
      }
    } catch (java.io.IOException closed) {
      // The test closed the stream, or the server went away: no more events either way.
    }
  }

  @Override
  public void close() throws Exception {
    body.close();
  }
}
