package org.placette.app.actors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placette.testkit.TestServers;

class RegistrationJourneyIT {

  @Test
  void registeredStartupVerifiedByAdminSignsInAndSeesItsOrganisation() {
    String name = Actors.unique("HydroSense");
    String email = name.toLowerCase() + "@hydrosense.example.com";
    String siret = Actors.siret();
    String id = Actors.register(Actors.startup(name, email, siret)).then().statusCode(201)
        .extract().path("organisationId");
    UUID organisationId = UUID.fromString(id);

    String admin = Actors.admin();
    given().auth().oauth2(admin).queryParam("status", "PENDING").queryParam("q", name)
        .get(TestServers.apiUrl() + "/admin/organisations")
        .then().statusCode(200)
        .body("[0].organisation.id", equalTo(organisationId.toString()))
        .body("[0].checks.companyNumber.verdict", equalTo("VALID"))
        .body("[0].checks.companyNumber.siren", equalTo(siret.substring(0, 9)))
        .body("[0].members[0].status", equalTo("PENDING"));

    Actors.verify(admin, organisationId).then().statusCode(200)
        .body("organisation.status", equalTo("VERIFIED"))
        .body("members[0].status", equalTo("ACTIVE"));

    String token = Actors.completeFirstSignIn(email);
    given().auth().oauth2(token).get(TestServers.apiUrl() + "/me")
        .then().statusCode(200)
        .body("organisationId", equalTo(organisationId.toString()))
        .body("organisation.name", equalTo(name))
        .body("organisation.status", equalTo("VERIFIED"))
        .body("organisation.kind", equalTo("STARTUP"))
        .body("roles", hasItem("startup-member"));
  }

  @Test
  void frenchAuthorityIsIdentifiedByItsInseeCodeAndGetsItsPopulationAndRegion() {
    String name = Actors.unique("Ville de Niort");
    Map<String, Object> body = Map.of(
        "organisation", Map.of("kind", "LOCAL_AUTHORITY", "name", name, "country", "FR",
            "authority", Map.of("level", "COMMUNE", "territoryCode", "79191")),
        "member", Map.of("email", Actors.unique("camille") + "@niort.fr", "firstName", "Camille",
            "lastName", "Martin"));
    String id = Actors.register(body).then().statusCode(201).extract().path("organisationId");

    given().auth().oauth2(Actors.admin()).contentType(ContentType.JSON)
        .body(Map.of("domain", Actors.unique("x") + ".example.fr")).post(TestServers.apiUrl() + "/admin/public-body-domains")
        .then().statusCode(201);
    given().auth().oauth2(Actors.admin()).get(TestServers.apiUrl() + "/admin/organisations/" + id)
        .then().statusCode(200)
        .body("organisation.city", equalTo("Niort"))
        .body("organisation.region", equalTo("Nouvelle-Aquitaine"))
        .body("organisation.population", equalTo(59854))
        .body("organisation.authorityLevel", equalTo("COMMUNE"))
        .body("organisation.officialIdentifier", equalTo("79191"))
        .body("checks.emailDomains[0].verdict", equalTo("NOT_LISTED"));

    given().get(TestServers.apiUrl() + "/territories/fr/COMMUNE/79191").then().statusCode(200)
        .body("medianTown", equalTo(true))
        .body("parents.level", equalTo(List.of("INTERCOMMUNALITY", "DEPARTMENT", "REGION")));

    // Rejected (with the reason the organisation is told), it no longer blocks the town's real registration.
    given().auth().oauth2(Actors.admin()).contentType(ContentType.JSON).body("{}")
        .post(TestServers.apiUrl() + "/admin/organisations/" + id + "/reject")
        .then().statusCode(400).body("errors[0].field", equalTo("reason"));
    given().auth().oauth2(Actors.admin()).contentType(ContentType.JSON)
        .body(Map.of("reason", "Test registration, not the town itself."))
        .post(TestServers.apiUrl() + "/admin/organisations/" + id + "/reject")
        .then().statusCode(200)
        .body("organisation.status", equalTo("REJECTED"))
        .body("organisation.statusReason", equalTo("Test registration, not the town itself."));
  }

  @Test
  void duplicateRegistrationIsAConflict() {
    String name = Actors.unique("Duplicate");
    String siret = Actors.siret();
    Actors.register(Actors.startup(name, name.toLowerCase() + "@one.example.com", siret)).then().statusCode(201);

    // Same name, same SIRET, same first member's email: each alone is a duplicate.
    Actors.register(Actors.startup(name, name.toLowerCase() + "@two.example.com"))
        .then().statusCode(409).contentType("application/problem+json")
        .body("type", equalTo("https://placette.org/problems/conflict"));
    Actors.register(Actors.startup(Actors.unique("Other"), name.toLowerCase() + "@three.example.com", siret))
        .then().statusCode(409);
    Actors.register(Actors.startup(Actors.unique("Other"), name.toLowerCase() + "@one.example.com"))
        .then().statusCode(409);
  }

  @Test
  void badRegistrationNamesEveryWrongFieldAndStoresNothing() {
    String email = Actors.unique("nobody") + "@nowhere.example.com";
    Map<String, Object> body = Map.of(
        "organisation", Map.of("kind", "SPACESHIP", "name", "", "country", "FR", "companyNumber", "73282932000075",
            "website", "ftp://example.org", "languages", List.of("xx"),
            "authority", Map.of("level", "VILLAGE")),
        "member", Map.of("email", "not-an-email", "firstName", "", "lastName", "Doe", "language", "french"));
    Actors.register(body).then().statusCode(400).contentType("application/problem+json")
        .body("type", equalTo("https://placette.org/problems/invalid-input"))
        .body("errors.field", hasItems("organisation.kind", "organisation.name", "organisation.companyNumber",
            "organisation.website", "organisation.languages[0]", "member.email", "member.firstName",
            "member.language"));

    Map<String, Object> authority = Map.of(
        "organisation", Map.of("kind", "LOCAL_AUTHORITY", "name", Actors.unique("Nowhere"), "country", "FR",
            "authority", Map.of("level", "COMMUNE", "territoryCode", "99999")),
        "member", Map.of("email", email, "firstName", "No", "lastName", "Body"));
    List<String> fields = Actors.register(authority).then().statusCode(400).extract().path("errors.field");
    assertThat(fields).containsExactly("organisation.authority.territoryCode");

    given().auth().oauth2(Actors.admin()).queryParam("q", email)
        .get(TestServers.apiUrl() + "/admin/audit").then().statusCode(200).body("items", equalTo(List.of()));
  }

  @Test
  void registrationsFromOneAddressAreRateLimitedWithRetryAfter() {
    String address = "203.0.113." + java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 255);
    int status = 0;
    io.restassured.response.Response answer = null;
    for (int attempt = 0; attempt < 10 && status != 429; attempt++) {
      answer = given().header("X-Forwarded-For", address).contentType(ContentType.JSON).body("{}")
          .post(TestServers.apiUrl() + "/registrations");
      status = answer.statusCode();
    }
    assertThat(status).isEqualTo(429);
    answer.then().contentType("application/problem+json")
        .header("Retry-After", org.hamcrest.Matchers.matchesPattern("\\d+"))
        .body("type", startsWith("https://placette.org/problems/too-many-requests"));
    // Another client is not affected.
    Actors.register("{}").then().statusCode(400);
  }
}
