package org.placette.testkit;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the servers started by the build ({@code ./placette test-servers start}) listen. Failsafe
 * passes the addresses as system properties; the defaults are the build's.
 */
public final class TestServers {

  private TestServers() {}

  public static String placetteUrl() {
    return System.getProperty("placette.url", "http://127.0.0.1:9181");
  }

  public static String apiUrl() {
    return placetteUrl() + "/api/v1";
  }

  public static String keycloakUrl() {
    return System.getProperty("keycloak.url", "http://127.0.0.1:8181");
  }

  public static String issuer() {
    return keycloakUrl() + "/realms/placette";
  }

  /** The repository's root, where the launcher lives. */
  public static Path root() {
    return Path.of(System.getProperty("placette.root", "../..")).toAbsolutePath().normalize();
  }

  /** Waits until Placette reports ready, for tests that restart a server. */
  public static void awaitReady(Duration limit) {
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<Void> answer = http.send(
            HttpRequest.newBuilder(URI.create(placetteUrl() + "/health/ready")).timeout(Duration.ofSeconds(2)).build(),
            HttpResponse.BodyHandlers.discarding());
        if (answer.statusCode() == 200) {
          return;
        }
      } catch (java.io.IOException notYet) {
        // The server is still starting: try again below.
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for Placette", interrupted);
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for Placette", interrupted);
      }
    }
    throw new IllegalStateException("Placette was not ready within " + limit);
  }
}
