package org.placette.app.actors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placette.testkit.TestServers;

class PersonalDataIT {

  @Test
  void exportHoldsWhatTheMemberEnteredAndErasureLeavesNothingPersonal() {
    String name = Actors.unique("Privacy");
    String email = name.toLowerCase() + "@privacy.example.com";
    UUID organisationId = Actors.registerStartup(name, email);
    String admin = Actors.admin();
    Actors.verify(admin, organisationId).then().statusCode(200);
    String token = Actors.completeFirstSignIn(email);

    given().auth().oauth2(token).get(TestServers.apiUrl() + "/me/export").then().statusCode(200)
        .body("member.email", equalTo(email))
        .body("member.firstName", equalTo("Alice"))
        .body("member.lastName", equalTo("Durand-" + name))
        .body("member.language", equalTo("fr"))
        .body("member.role", equalTo("ORG_ADMIN"))
        .body("organisation.name", equalTo(name))
        .body("auditEntries.action", org.hamcrest.Matchers.hasItem("organisation.registered"));

    given().auth().oauth2(token).delete(TestServers.apiUrl() + "/me").then().statusCode(204);

    given().auth().oauth2(token).get(TestServers.apiUrl() + "/me").then().statusCode(401)
        .body("type", equalTo("https://placette.org/problems/token-revoked"));
    assertThat(Actors.keycloakUsers(email)).isEmpty();

    // What is left of the member in Placette: a row without a name, the organisation's content.
    given().auth().oauth2(admin).get(TestServers.apiUrl() + "/admin/organisations/" + organisationId)
        .then().statusCode(200)
        .body("organisation.name", equalTo(name))
        .body("members", equalTo(List.of()));
    for (String personal : List.of(email, "Durand-" + name)) {
      given().auth().oauth2(admin).queryParam("q", personal).get(TestServers.apiUrl() + "/admin/audit")
          .then().statusCode(200).body("items", equalTo(List.of()));
    }
    List<Map<String, Object>> entries = given().auth().oauth2(admin).queryParam("organisationId", organisationId)
        .get(TestServers.apiUrl() + "/admin/audit").then().statusCode(200).extract().path("items");
    assertThat(entries).extracting(e -> e.get("action"))
        .contains("organisation.registered", "organisation.verified", "personal-data.erased");
    assertThat(entries.toString()).doesNotContain(email, "Durand-" + name);
    given().auth().oauth2(admin).queryParam("action", "personal-data.erased").queryParam("organisationId", organisationId)
        .get(TestServers.apiUrl() + "/admin/audit").then().statusCode(200)
        .body("items[0].actorSubject", nullValue())
        .body("items[0].actorName", equalTo("[erased]"));
  }
}
