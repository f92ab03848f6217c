package org.placette.testkit;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real access tokens from the test Keycloak, through the grants real clients use. */
public final class Tokens {

  public static final String DEMO_PASSWORD = "demo";

  private static final Duration DEMO_TOKEN_REUSE = Duration.ofMinutes(1);
  private static final Map<String, Reused> DEMO_TOKENS = new ConcurrentHashMap<>();

  private record Reused(String token, long fetchedAt) {}

  private Tokens() {}

  /** Resource-owner password grant through the scripts-and-tests client {@code placette-cli}. */
  public static String forUser(String username, String password) {
    return given().contentType(ContentType.URLENC)
        .formParam("grant_type", "password")
        .formParam("client_id", "placette-cli")
        .formParam("username", username)
        .formParam("password", password)
        .post(TestServers.issuer() + "/protocol/openid-connect/token")
        .then().statusCode(200)
        .extract().path("access_token");
  }

  /**
   * A demo user's token, reused for a minute as a client reuses its token until near expiry (they
   * live five minutes). Tests that poll as a demo user would otherwise log in several times a
   * second, and Keycloak's brute-force protection refuses a user's logins that overlap, which
   * under load sequential ones do.
   */
  public static String forDemoUser(String username) {
    long now = System.nanoTime();
    Reused reused = DEMO_TOKENS.get(username);
    if (reused != null && now - reused.fetchedAt() < DEMO_TOKEN_REUSE.toNanos()) {
      return reused.token();
    }
    String token = forUser(username, DEMO_PASSWORD);
    DEMO_TOKENS.put(username, new Reused(token, now));
    return token;
  }

  /** Drops the demo users' reused tokens: after a change of the realm's signing keys they are stale. */
  public static void forgetDemoTokens() {
    DEMO_TOKENS.clear();
  }

  /** Client-credentials grant, as a municipal portal's service account gets its token. */
  public static String forClient(String clientId, String secret) {
    return given().contentType(ContentType.URLENC)
        .formParam("grant_type", "client_credentials")
        .formParam("client_id", clientId)
        .formParam("client_secret", secret)
        .post(TestServers.issuer() + "/protocol/openid-connect/token")
        .then().statusCode(200)
        .extract().path("access_token");
  }

  /** A token of the master realm's administrator, for tests that reconfigure the realm. */
  public static String keycloakAdmin() {
    return given().contentType(ContentType.URLENC)
        .formParam("grant_type", "password")
        .formParam("client_id", "admin-cli")
        .formParam("username", "admin")
        .formParam("password", "admin")
        .post(TestServers.keycloakUrl() + "/realms/master/protocol/openid-connect/token")
        .then().statusCode(200)
        .extract().path("access_token");
  }
}
