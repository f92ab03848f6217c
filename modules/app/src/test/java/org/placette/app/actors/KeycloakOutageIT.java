package org.placette.app.actors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.placette.testkit.TestServers;

/**
 * Keycloak stops while an admin verifies an organisation: a clear 503 problem, nothing stored,
 * nothing half-created in Keycloak, and the same request succeeds once Keycloak is back. Keycloak
 * is stopped and started with the launcher, as an operator would.
 */
class KeycloakOutageIT {

  @Test
  void verificationDuringAKeycloakOutageFailsCleanlyAndSucceedsWhenItIsBack() throws Exception {
    String name = Actors.unique("Outage");
    String email = name.toLowerCase() + "@outage.example.com";
    UUID organisationId = Actors.registerStartup(name, email);
    String admin = Actors.admin();

    launcher("keycloak", "stop");
    try {
      Actors.verify(admin, organisationId).then().statusCode(503).contentType("application/problem+json")
          .body("type", equalTo("https://placette.org/problems/dependency-unavailable"))
          .body("title", equalTo("Keycloak is unavailable"));
      given().auth().oauth2(admin).get(TestServers.apiUrl() + "/admin/organisations/" + organisationId)
          .then().statusCode(200)
          .body("organisation.status", equalTo("PENDING"))
          .body("members[0].status", equalTo("PENDING"));
    } finally {
      launcher("keycloak", "start");
    }

    assertThat(Actors.keycloakUsers(email)).isEmpty();
    Actors.verify(admin, organisationId).then().statusCode(200).body("organisation.status", equalTo("VERIFIED"));
    assertThat(Actors.keycloakUsers(email)).hasSize(1);
    given().auth().oauth2(Actors.completeFirstSignIn(email)).get(TestServers.apiUrl() + "/me")
        .then().statusCode(200).body("organisation.status", equalTo("VERIFIED"));
  }

  private static void launcher(String... arguments) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder();
    builder.command().add(TestServers.root().resolve("placette").toString());
    builder.command().addAll(java.util.List.of(arguments));
    builder.environment().put("PLACETTE_HOME", System.getProperty("placette.home"));
    builder.environment().put("PLACETTE_KEYCLOAK_PORT", String.valueOf(URI.create(TestServers.keycloakUrl()).getPort()));
    builder.redirectErrorStream(true);
    Process process = builder.start();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new AssertionError("placette " + String.join(" ", arguments) + " failed:\n"
          + new String(output, StandardCharsets.UTF_8));
    }
  }
}
