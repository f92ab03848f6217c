package org.placette.app.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the realm's key set can be fetched: without it no token can be verified, so every
 * authenticated call would fail.
 */
@Readiness
@ApplicationScoped
public class KeycloakReadinessCheck implements HealthCheck {

  private static final Duration TIMEOUT = Duration.ofSeconds(2);

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

  @Inject
  @ConfigProperty(name = "placette.keycloak.url")
  private String keycloakUrl;

  @Inject
  @ConfigProperty(name = "placette.keycloak.realm")
  private String realm;

  @Override
  public HealthCheckResponse call() {
    URI jwks = URI.create(keycloakUrl + "/realms/" + realm + "/protocol/openid-connect/certs");
    var response = HealthCheckResponse.named("keycloak-jwks").withData("uri", jwks.toString());
    try {
      HttpResponse<String> answer = http.send(HttpRequest.newBuilder(jwks).timeout(TIMEOUT).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      boolean hasKeys = answer.statusCode() == 200 && answer.body().contains("\"keys\"");
      return response.status(hasKeys).withData("httpStatus", answer.statusCode()).build();
    } catch (IOException unreachable) {
      return response.down().withData("error", String.valueOf(unreachable.getMessage())).build();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return response.down().withData("error", "interrupted").build();
    }
  }
}
