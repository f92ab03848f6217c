package org.placette.app.actors;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.placette.testkit.TestServers;
import org.placette.testkit.Tokens;

/**
 * What the actors tests do over and over, through the same HTTP APIs as real clients: register a
 * body, have the demo admin verify it, and play the new member's part in Keycloak.
 */
public final class Actors {

  static final String MEMBER_PASSWORD = "Placette-test-1";

  private Actors() {}

  /** A registration request's JSON for a French startup with a valid SIRET, unique per call. */
  static Map<String, Object> startup(String name, String email) {
    return startup(name, email, siret());
  }

  static Map<String, Object> startup(String name, String email, String siret) {
    return Map.of(
        "organisation", Map.of("kind", "STARTUP", "name", name, "country", "FR",
            "companyNumber", siret, "description", "Leak detection for water networks",
            "website", "https://example.org", "languages", List.of("fr", "en"), "themes", List.of("water")),
        "member", Map.of("email", email, "firstName", "Alice", "lastName", "Durand-" + name, "language", "fr"));
  }

  /**
   * Each registration comes "through the reverse proxy" from its own client address, so tests do
   * not share a rate-limit bucket; the loopback peer is a trusted proxy in the server's config.
   */
  static RequestSpecification fromOwnAddress() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    String address = "198.51." + random.nextInt(256) + "." + random.nextInt(1, 255);
    return given().header("X-Forwarded-For", address);
  }

  static Response register(Object body) {
    return fromOwnAddress().contentType(ContentType.JSON).body(body)
        .post(TestServers.apiUrl() + "/registrations");
  }

  public static UUID registerStartup(String name, String email) {
    String id = register(startup(name, email)).then().statusCode(201).extract().path("organisationId");
    return UUID.fromString(id);
  }

  /**
   * Registers a Belgian municipality (outside France an authority names its own official
   * identifier, so repeated runs never collide on an INSEE code); returns its id.
   */
  public static UUID registerAuthority(String name, String email) {
    String nis = String.valueOf(ThreadLocalRandom.current().nextInt(10_000, 100_000));
    Map<String, Object> body = Map.of(
        "organisation", Map.of("kind", "LOCAL_AUTHORITY", "name", name, "country", "BE", "languages", List.of("fr"),
            "authority", Map.of("level", "COMMUNE", "officialIdentifier", nis, "population", 26_000)),
        "member", Map.of("email", email, "firstName", "Élise", "lastName", "Lambert-" + name, "language", "fr"));
    String id = register(body).then().statusCode(201).extract().path("organisationId");
    return UUID.fromString(id);
  }

  public static String admin() {
    return Tokens.forDemoUser("demo-admin");
  }

  public static Response verify(String adminToken, UUID organisationId) {
    return given().auth().oauth2(adminToken).contentType(ContentType.JSON).body("{}")
        .post(TestServers.apiUrl() + "/admin/organisations/" + organisationId + "/verify");
  }

  /** A random SIRET whose SIREN and SIRET both pass the Luhn check, as real ones do. */
  static String siret() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    String siren = withLuhnDigit(String.valueOf(random.nextLong(10_000_000L, 100_000_000L)));
    return withLuhnDigit(siren + String.format("%04d", random.nextInt(1, 10_000)));
  }

  private static String withLuhnDigit(String digits) {
    for (int last = 0; last <= 9; last++) {
      String candidate = digits + last;
      int sum = 0;
      for (int i = 0; i < candidate.length(); i++) {
        int digit = candidate.charAt(candidate.length() - 1 - i) - '0';
        if (i % 2 == 1) {
          digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
        }
        sum += digit;
      }
      if (sum % 10 == 0) {
        return candidate;
      }
    }
    throw new IllegalStateException("Some digit always completes a Luhn number");
  }

  public static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /**
   * Does in Keycloak what the member does on first sign-in (follow the email link, choose a
   * password), through the realm's admin API since no mail server runs in the tests. Placette is
   * not involved: its part ended with the required actions it set.
   */
  public static String completeFirstSignIn(String email) {
    String admin = Tokens.keycloakAdmin();
    String users = TestServers.keycloakUrl() + "/admin/realms/placette/users";
    List<Map<String, Object>> found = given().auth().oauth2(admin).queryParam("email", email)
        .queryParam("exact", true).get(users).then().statusCode(200).extract().path("");
    if (found.size() != 1) {
      throw new AssertionError("Expected one Keycloak user for " + email + ", found " + found.size());
    }
    Map<String, Object> user = found.get(0);
    @SuppressWarnings("unchecked")
    List<String> actions = (List<String>) user.get("requiredActions");
    if (!actions.containsAll(List.of("VERIFY_EMAIL", "UPDATE_PASSWORD"))) {
      throw new AssertionError("Placette should have asked for email verification and a password: " + actions);
    }
    String id = (String) user.get("id");
    given().auth().oauth2(admin).contentType(ContentType.JSON)
        .body(Map.of("type", "password", "value", MEMBER_PASSWORD, "temporary", false))
        .put(users + "/" + id + "/reset-password").then().statusCode(204);
    given().auth().oauth2(admin).contentType(ContentType.JSON)
        .body(Map.of("emailVerified", true, "requiredActions", List.of()))
        .put(users + "/" + id).then().statusCode(204);
    return signIn(email);
  }

  /** A fresh token for a member whose first sign-in is done: the realm's tokens live five minutes. */
  public static String signIn(String email) {
    return Tokens.forUser(email, MEMBER_PASSWORD);
  }

  /** The Keycloak users with this email (0 or 1). */
  static List<Map<String, Object>> keycloakUsers(String email) {
    return given().auth().oauth2(Tokens.keycloakAdmin()).queryParam("email", email).queryParam("exact", true)
        .get(TestServers.keycloakUrl() + "/admin/realms/placette/users").then().statusCode(200).extract().path("");
  }
}
