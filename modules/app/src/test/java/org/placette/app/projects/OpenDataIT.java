package org.placette.app.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.placette.app.projects.ProjectsApi.anonymous;
import static org.placette.app.projects.ProjectsApi.unique;

import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpenDataIT {

  private String authority;

  @BeforeEach
  void demoOrganisationsExist() {
    ProjectsApi.demoOrganisations();
    authority = ProjectsApi.authority();
  }

  @Test
  void exportsPublicNeedsWithTheirLicence() {
    String published = ProjectsApi.publishedNeed(authority, unique("open, \"quoted\""));
    String draft = ProjectsApi.draftNeed(authority, unique("closed-data"));
    Map<String, Object> hidden = new HashMap<>(ProjectsApi.needInput(unique("members-only")));
    hidden.put("visibility", "VERIFIED_MEMBERS");
    String membersOnly = ProjectsApi.createNeed(authority, hidden).then().statusCode(201).extract().path("id");
    ProjectsApi.as(authority).post("/needs/" + membersOnly + "/publish").then().statusCode(200);

    JsonPath json = anonymous().get("/open-data/needs.json").then().statusCode(200)
        .body("licence.id", equalTo("etalab-2.0")).extract().jsonPath();
    List<String> ids = json.getList("needs.id");
    assertThat(ids).contains(published).doesNotContain(draft, membersOnly);

    String csv = anonymous().get("/open-data/needs.csv").then().statusCode(200)
        .contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asString();
    String[] lines = csv.split("\r\n");
    assertThat(lines[0]).startsWith("licence,id,external_ref,title,");
    String line = java.util.Arrays.stream(lines).filter(l -> l.contains(published)).findFirst().orElseThrow();
    assertThat(line).startsWith("etalab-2.0,").contains("\"\"quoted\"\"");
    assertThat(csv).doesNotContain(draft).doesNotContain(membersOnly);
  }
}
