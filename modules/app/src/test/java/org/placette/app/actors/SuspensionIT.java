package org.placette.app.actors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placette.testkit.TestServers;

class SuspensionIT {

  @Test
  void suspensionDisablesTheMembersAndReinstatementLetsThemBackIn() {
    String name = Actors.unique("Suspended");
    String email = name.toLowerCase() + "@suspended.example.com";
    UUID organisationId = Actors.registerStartup(name, email);
    String admin = Actors.admin();
    Actors.verify(admin, organisationId).then().statusCode(200);
    String token = Actors.completeFirstSignIn(email);
    String decisions = TestServers.apiUrl() + "/admin/organisations/" + organisationId;

    given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("reason", "Complaints under review"))
        .post(decisions + "/suspend").then().statusCode(200).body("organisation.status", equalTo("SUSPENDED"));
    given().auth().oauth2(token).get(TestServers.apiUrl() + "/me").then().statusCode(401);
    assertThat(Actors.keycloakUsers(email)).singleElement().satisfies(user -> assertThat(user.get("enabled")).isEqualTo(false));
    given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("reason", "Again")).post(decisions + "/suspend")
        .then().statusCode(409).body("type", equalTo("https://placette.org/problems/invalid-transition"));

    given().auth().oauth2(admin).contentType(ContentType.JSON).body("{}").post(decisions + "/reinstate")
        .then().statusCode(200).body("organisation.status", equalTo("VERIFIED"));
    assertThat(Actors.keycloakUsers(email)).singleElement().satisfies(user -> assertThat(user.get("enabled")).isEqualTo(true));
    given().auth().oauth2(org.placette.testkit.Tokens.forUser(email, Actors.MEMBER_PASSWORD))
        .get(TestServers.apiUrl() + "/me").then().statusCode(200).body("organisation.status", equalTo("VERIFIED"));

    given().auth().oauth2(admin).queryParam("organisationId", organisationId).queryParam("action", "organisation.suspended")
        .get(TestServers.apiUrl() + "/admin/audit").then().statusCode(200)
        .body("items[0].actorName", equalTo("demo-admin"))
        .body("items[0].before", org.hamcrest.Matchers.containsString("\"VERIFIED\""))
        .body("items[0].after", org.hamcrest.Matchers.containsString("\"SUSPENDED\""));
  }
}
