package org.placette.app.foundation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;
import org.placette.testkit.TestServers;

class OpenApiIT {

  @Test
  void servesTheDocumentWithTheVersionedPathsAndTheBearerScheme() {
    given().accept("application/json")
        .get(TestServers.placetteUrl() + "/openapi")
        .then().statusCode(200)
        .body("info.title", org.hamcrest.Matchers.equalTo("Placette API"))
        .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/me"))
        .body("components.securitySchemes.keycloak.scheme", org.hamcrest.Matchers.equalTo("bearer"));
  }

  @Test
  void servesTheUi() {
    given().get(TestServers.placetteUrl() + "/openapi/ui/")
        .then().statusCode(200)
        .body(containsString("<html"));
  }
}
