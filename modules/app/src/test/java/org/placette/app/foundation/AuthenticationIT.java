package org.placette.app.foundation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.Test;
import org.placette.testkit.TestServers;
import org.placette.testkit.Tokens;

/** Bearer tokens from realm placette are checked on signature, issuer, audience and expiry. */
class AuthenticationIT {

  @Test
  void aRealTokenIdentifiesTheMemberTheirOrganisationAndRoles() {
    given().auth().oauth2(Tokens.forDemoUser("demo-startup"))
        .get(TestServers.apiUrl() + "/me")
        .then().statusCode(200)
        .body("username", equalTo("demo-startup"))
        .body("organisationId", equalTo("50000000-0000-4000-8000-000000000001"))
        .body("roles", hasItem("startup-member"));
  }

  @Test
  void aServiceAccountTokenCarriesTheAuthorityItIsBoundTo() {
    given().auth().oauth2(Tokens.forClient("demo-portal", "demo-portal-secret"))
        .get(TestServers.apiUrl() + "/me")
        .then().statusCode(200)
        .body("organisationId", equalTo("a0000000-0000-4000-8000-000000000001"))
        .body("roles", hasItem("integrator"));
  }

  @Test
  void noTokenIs401Problem() {
    given().get(TestServers.apiUrl() + "/me")
        .then().statusCode(401)
        .contentType("application/problem+json")
        .body("type", equalTo("https://placette.org/problems/unauthenticated"));
  }

  @Test
  void aTokenSignedByAnotherKeyIs401Problem() throws JoseException {
    String genuine = Tokens.forDemoUser("demo-startup");
    JwtClaims claims = claimsOf(genuine);
    JsonWebSignature forged = new JsonWebSignature();
    forged.setPayload(claims.toJson());
    forged.setKey(RsaJwkGenerator.generateJwk(2048).getPrivateKey());
    forged.setKeyIdHeaderValue(JsonWebStructure.fromCompactSerialization(genuine).getKeyIdHeaderValue());
    forged.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);

    given().auth().oauth2(forged.getCompactSerialization())
        .get(TestServers.apiUrl() + "/me")
        .then().statusCode(401)
        .contentType("application/problem+json");
  }

  @Test
  void aGenuineSignatureOverAlteredClaimsIs401Problem() {
    String[] parts = Tokens.forDemoUser("demo-startup").split("\\.");
    String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
        .replace("50000000-0000-4000-8000-000000000001", "a0000000-0000-4000-8000-000000000001");
    String altered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
        .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

    given().auth().oauth2(altered)
        .get(TestServers.apiUrl() + "/me")
        .then().statusCode(401)
        .contentType("application/problem+json");
  }

  @Test
  void garbageIs401Problem() {
    given().header("Authorization", "Bearer not-a-token")
        .get(TestServers.apiUrl() + "/me")
        .then().statusCode(401)
        .contentType("application/problem+json");
  }

  private static JwtClaims claimsOf(String token) {
    try {
      return JwtClaims.parse(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    } catch (org.jose4j.jwt.consumer.InvalidJwtException unreadable) {
      throw new IllegalStateException("Keycloak issued an unreadable token", unreadable);
    }
  }
}
