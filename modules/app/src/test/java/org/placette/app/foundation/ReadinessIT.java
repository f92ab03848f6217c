package org.placette.app.foundation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;
import org.placette.testkit.TestServers;

class ReadinessIT {

  @Test
  void isReadyWithDatabaseSearchAndKeycloakUp() {
    given().get(TestServers.placetteUrl() + "/health/ready")
        .then().statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItems("database", "search", "keycloak-jwks"))
        .body("checks.find { it.name == 'database' }.data.schemaMigrated", equalTo(true))
        .body("checks.find { it.name == 'search' }.data.indexedEntities", equalTo(2));
  }

  @Test
  void runsOnTheDatabaseAndSearchBackendOfItsProfile() {
    boolean scale = "scale".equals(System.getProperty("placette.profile"));
    given().get(TestServers.placetteUrl() + "/health/ready")
        .then().statusCode(200)
        .body("checks.find { it.name == 'database' }.data.product", equalTo(scale ? "PostgreSQL" : "H2"))
        .body("checks.find { it.name == 'search' }.data.backend",
            equalTo(scale ? "ElasticsearchBackendImpl" : "LuceneBackendImpl"));
  }

  @Test
  void isLive() {
    given().get(TestServers.placetteUrl() + "/health/live")
        .then().statusCode(200)
        .body("status", equalTo("UP"));
  }
}
