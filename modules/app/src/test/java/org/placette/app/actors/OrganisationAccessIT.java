package org.placette.app.actors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placette.testkit.TestServers;
import org.placette.testkit.Tokens;

/** Members act for their own organisation only; anything else of another organisation is 404. */
class OrganisationAccessIT {

  @Test
  void anotherOrganisationsUnverifiedProfileAndMembersAreNotFound() {
    String ours = Actors.unique("Ours");
    UUID ourId = Actors.registerStartup(ours, ours.toLowerCase() + "@ours.example.com");
    Actors.verify(Actors.admin(), ourId).then().statusCode(200);
    String token = Actors.completeFirstSignIn(ours.toLowerCase() + "@ours.example.com");

    String theirs = Actors.unique("Theirs");
    UUID theirId = Actors.registerStartup(theirs, theirs.toLowerCase() + "@theirs.example.com");

    given().auth().oauth2(token).get(TestServers.apiUrl() + "/organisations/" + theirId)
        .then().statusCode(404).contentType("application/problem+json");
    given().auth().oauth2(token).get(TestServers.apiUrl() + "/organisations/" + theirId + "/members")
        .then().statusCode(404);
    given().auth().oauth2(token).get(TestServers.apiUrl() + "/organisations/" + ourId)
        .then().statusCode(200).body("name", equalTo(ours));

    Actors.verify(Actors.admin(), theirId).then().statusCode(200);
    given().auth().oauth2(token).get(TestServers.apiUrl() + "/organisations/" + theirId)
        .then().statusCode(200).body("name", equalTo(theirs));
    given().auth().oauth2(token).get(TestServers.apiUrl() + "/organisations/" + theirId + "/members")
        .then().statusCode(404);
  }

  @Test
  void integratorActsOnlyForItsBoundAuthority() {
    String portal = Tokens.forClient("demo-portal", "demo-portal-secret");
    given().auth().oauth2(portal).get(TestServers.apiUrl() + "/me").then().statusCode(200)
        .body("organisationId", equalTo("a0000000-0000-4000-8000-000000000001"));
    String other = Actors.unique("NotThePortals");
    UUID otherId = Actors.registerStartup(other, other.toLowerCase() + "@other.example.com");
    given().auth().oauth2(portal).get(TestServers.apiUrl() + "/organisations/" + otherId).then().statusCode(404);
    given().auth().oauth2(portal).get(TestServers.apiUrl() + "/organisations/" + otherId + "/members")
        .then().statusCode(403);
  }

  @Test
  void orgAdminInvitesPromotesAndRemovesAColleague() {
    String name = Actors.unique("Team");
    String adminEmail = name.toLowerCase() + "@team.example.com";
    UUID organisationId = Actors.registerStartup(name, adminEmail);
    Actors.verify(Actors.admin(), organisationId).then().statusCode(200);
    String orgAdmin = Actors.completeFirstSignIn(adminEmail);
    String members = TestServers.apiUrl() + "/organisations/" + organisationId + "/members";

    String colleagueEmail = "colleague-" + name.toLowerCase() + "@team.example.com";
    String colleagueId = given().auth().oauth2(orgAdmin).contentType(ContentType.JSON)
        .body(Map.of("email", colleagueEmail, "firstName", "Bob", "lastName", "Petit"))
        .post(members).then().statusCode(201).body("status", equalTo("ACTIVE")).body("role", equalTo("MEMBER"))
        .extract().path("id");
    String colleague = Actors.completeFirstSignIn(colleagueEmail);
    given().auth().oauth2(colleague).get(TestServers.apiUrl() + "/me").then().statusCode(200)
        .body("organisation.id", equalTo(organisationId.toString()));

    given().auth().oauth2(colleague).contentType(ContentType.JSON)
        .body(Map.of("email", "third@team.example.com", "firstName", "C", "lastName", "D"))
        .post(members).then().statusCode(403);
    given().auth().oauth2(orgAdmin).get(members).then().statusCode(200).body("", hasSize(2));

    given().auth().oauth2(orgAdmin).contentType(ContentType.JSON).body(Map.of("role", "ORG_ADMIN"))
        .put(members + "/" + colleagueId + "/role").then().statusCode(200).body("role", equalTo("ORG_ADMIN"));
    given().auth().oauth2(orgAdmin).contentType(ContentType.JSON).body(Map.of("role", "BOSS"))
        .put(members + "/" + colleagueId + "/role").then().statusCode(400)
        .body("errors[0].field", equalTo("role"));

    given().auth().oauth2(orgAdmin).delete(members + "/" + colleagueId).then().statusCode(204);
    given().auth().oauth2(colleague).get(TestServers.apiUrl() + "/me").then().statusCode(401);
    given().auth().oauth2(orgAdmin).get(members).then().statusCode(200).body("", hasSize(1));
    org.assertj.core.api.Assertions.assertThat(Actors.keycloakUsers(colleagueEmail)).isEmpty();
  }
}
