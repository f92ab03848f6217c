package org.placette.testkit;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;

/** Real access tokens from the test Keycloak, through the grants real clients use. */
public final class Tokens {

  public static final String DEMO_PASSWORD = "demo";

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

  public static String forDemoUser(String username) {
    return forUser(username, DEMO_PASSWORD);
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
