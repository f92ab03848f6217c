package org.placette.app.actors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.placette.testkit.TestServers;
import org.placette.testkit.Tokens;

/**
 * Token checks with tokens signed by a GENUINE realm key: the test gives realm placette an extra
 * RSA key whose private half it knows (an "rsa" key provider, added through Keycloak's admin API
 * while Placette runs), so that expired, wrong-issuer and wrong-audience tokens fail for that
 * reason alone, not for their signature. The new key outranks the generated one, so Keycloak's
 * own tokens are signed with it from then on: Placette accepting them without restart shows key
 * rotation through the JWKS.
 */
class TokenValidationIT {

  private static final String PING = "/ping/authenticated";
  private static RsaJsonWebKey realmKey;
  private static String componentId;

  @BeforeAll
  static void giveTheRealmAKeyWeHold() throws JoseException {
    realmKey = RsaJwkGenerator.generateJwk(2048);
    String pem = Base64.getEncoder().encodeToString(realmKey.getPrivateKey().getEncoded());
    String admin = Tokens.keycloakAdmin();
    String realmUrl = TestServers.keycloakUrl() + "/admin/realms/placette";
    String realmId = given().auth().oauth2(admin).get(realmUrl).then().statusCode(200).extract().path("id");
    String location = given().auth().oauth2(admin).contentType(ContentType.JSON)
        .body(Map.of("name", "placette-test-key", "providerId", "rsa", "providerType", "org.keycloak.keys.KeyProvider",
            "parentId", realmId, "config", Map.of("priority", List.of("500"), "enabled", List.of("true"),
                "active", List.of("true"), "algorithm", List.of("RS256"), "privateKey", List.of(pem))))
        .post(realmUrl + "/components").then().statusCode(201).extract().header("Location");
    componentId = location.substring(location.lastIndexOf('/') + 1);
    List<Map<String, Object>> keys = given().auth().oauth2(admin).get(realmUrl + "/keys").then().statusCode(200)
        .extract().path("keys");
    String kid = keys.stream().filter(k -> componentId.equals(k.get("providerId"))).map(k -> (String) k.get("kid"))
        .findFirst().orElseThrow();
    realmKey.setKeyId(kid);
    Tokens.forgetDemoTokens();
  }

  @AfterAll
  static void removeTheKey() {
    if (componentId != null) {
      given().auth().oauth2(Tokens.keycloakAdmin())
          .delete(TestServers.keycloakUrl() + "/admin/realms/placette/components/" + componentId)
          .then().statusCode(204);
    }
    Tokens.forgetDemoTokens();
  }

  @Test
  void keycloakTokensSignedWithTheNewKeyAreAcceptedWithoutRestart() {
    String token = Tokens.forDemoUser("demo-startup");
    assertThat(header(token)).contains("\"kid\":\"" + realmKey.getKeyId() + "\"");
    given().auth().oauth2(token).get(TestServers.apiUrl() + "/me").then().statusCode(200)
        .body("username", equalTo("demo-startup"));
  }

  @Test
  void aTokenWeSignWithTheRealmKeyIsAcceptedWhenEverythingIsRight() throws JoseException {
    given().auth().oauth2(sign(claims())).get(TestServers.apiUrl() + PING).then().statusCode(200);
  }

  @Test
  void missingTokenIsUnauthorised() {
    given().get(TestServers.apiUrl() + PING).then().statusCode(401).contentType("application/problem+json");
  }

  @Test
  void expiredTokenIsUnauthorised() throws JoseException {
    JwtClaims claims = claims();
    long now = System.currentTimeMillis() / 1000;
    claims.setIssuedAt(org.jose4j.jwt.NumericDate.fromSeconds(now - 900));
    claims.setExpirationTime(org.jose4j.jwt.NumericDate.fromSeconds(now - 600));
    unauthorised(sign(claims));
  }

  @Test
  void tokenFromAnotherIssuerIsUnauthorised() throws JoseException {
    JwtClaims claims = claims();
    claims.setIssuer(TestServers.keycloakUrl() + "/realms/master");
    unauthorised(sign(claims));
  }

  @Test
  void tokenForAnotherAudienceIsUnauthorised() throws JoseException {
    JwtClaims claims = claims();
    claims.setAudience("account");
    unauthorised(sign(claims));
  }

  @Test
  void forgedTokensAreUnauthorised() throws JoseException {
    RsaJsonWebKey stranger = RsaJwkGenerator.generateJwk(2048);
    stranger.setKeyId(realmKey.getKeyId());
    unauthorised(sign(claims(), stranger));

    String genuine = Tokens.forDemoUser("demo-startup");
    String[] parts = genuine.split("\\.");
    String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
        .replace("\"startup-member\"", "\"platform-admin\"");
    String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
        .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    unauthorised(tampered);
  }

  @Test
  void wrongRoleIsForbidden() {
    given().auth().oauth2(Tokens.forDemoUser("demo-startup")).get(TestServers.apiUrl() + "/admin/organisations")
        .then().statusCode(403).contentType("application/problem+json");
    given().auth().oauth2(Tokens.forClient("demo-portal", "demo-portal-secret"))
        .get(TestServers.apiUrl() + "/admin/audit").then().statusCode(403);
  }

  private static void unauthorised(String token) {
    given().auth().oauth2(token).get(TestServers.apiUrl() + PING).then().statusCode(401)
        .contentType("application/problem+json");
  }

  private static JwtClaims claims() {
    JwtClaims claims = new JwtClaims();
    claims.setIssuer(TestServers.issuer());
    claims.setAudience("placette-api");
    claims.setSubject("placette-test-subject");
    claims.setClaim("preferred_username", "placette-test");
    claims.setClaim("upn", "placette-test");
    claims.setStringListClaim("groups", "startup-member");
    claims.setIssuedAtToNow();
    claims.setExpirationTimeMinutesInTheFuture(5);
    claims.setGeneratedJwtId();
    return claims;
  }

  private static String sign(JwtClaims claims) throws JoseException {
    return sign(claims, realmKey);
  }

  private static String sign(JwtClaims claims, RsaJsonWebKey key) throws JoseException {
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setKey(key.getPrivateKey());
    jws.setKeyIdHeaderValue(key.getKeyId());
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
    return jws.getCompactSerialization();
  }

  private static String header(String token) {
    return new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]), StandardCharsets.UTF_8).replace(" ", "");
  }
}
