package org.placette.app.foundation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;
import org.placette.testkit.TestServers;
import org.placette.testkit.Tokens;

/** Whatever goes wrong, the answer is an RFC 9457 problem document that names the request. */
class ErrorFormatIT {

  @Test
  void unknownRouteInsideTheApiIsAProblem() {
    given().get(TestServers.apiUrl() + "/no-such-thing")
        .then().statusCode(404)
        .contentType("application/problem+json")
        .body("type", equalTo("https://placette.org/problems/no-such-resource"))
        .body("status", equalTo(404))
        .body("instance", equalTo("/api/v1/no-such-thing"));
  }

  @Test
  void unknownPathOutsideTheApiIsAProblem() {
    given().get(TestServers.placetteUrl() + "/no-such-page")
        .then().statusCode(404)
        .contentType(containsString("application/problem+json"))
        .body("status", equalTo(404));
  }

  @Test
  void wrongMethodIsAProblemThatListsTheAllowedOnes() {
    given().auth().oauth2(Tokens.forDemoUser("demo-startup"))
        .put(TestServers.apiUrl() + "/me")
        .then().statusCode(405)
        .contentType("application/problem+json")
        .header("Allow", containsString("GET"))
        .body("type", equalTo("https://placette.org/problems/method-not-allowed"));
  }

  @Test
  void everyAnswerCarriesACorrelationIdAndEchoesAWellFormedOne() {
    given().header("X-Correlation-Id", "portal-call-12345")
        .get(TestServers.apiUrl() + "/no-such-thing")
        .then().header("X-Correlation-Id", equalTo("portal-call-12345"))
        .body("correlationId", equalTo("portal-call-12345"));
    given().header("X-Correlation-Id", "<script>")
        .get(TestServers.apiUrl() + "/no-such-thing")
        .then().header("X-Correlation-Id", matchesPattern("[0-9a-f-]{36}"));
  }

  @Test
  void malformedJsonIsA400Problem() {
    given().auth().oauth2(Tokens.forDemoUser("demo-startup"))
        .contentType("application/json")
        .body("{\"url\": \"https://example.org/hook\", ")
        .put(TestServers.apiUrl() + "/me/organisation/webhook")
        .then().statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("https://placette.org/problems/malformed-request"));
  }

  @Test
  void problemsNeverCarryAStackTrace() {
    given().get(TestServers.apiUrl() + "/no-such-thing")
        .then().body(not(containsString("at org.")))
        .body("keySet()", hasItems("type", "title", "status", "detail", "instance", "correlationId"));
  }
}
