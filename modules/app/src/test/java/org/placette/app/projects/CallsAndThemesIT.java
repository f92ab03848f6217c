package org.placette.app.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.placette.app.projects.ProjectsApi.anonymous;
import static org.placette.app.projects.ProjectsApi.as;
import static org.placette.app.projects.ProjectsApi.json;
import static org.placette.app.projects.ProjectsApi.unique;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CallsAndThemesIT {

  private String authority;

  @BeforeEach
  void demoOrganisationsExist() {
    ProjectsApi.demoOrganisations();
    authority = ProjectsApi.authority();
  }

  @Test
  void servesTheThemeTaxonomyInThreeLanguages() {
    List<Map<String, Object>> themes = anonymous().get("/themes").then().statusCode(200)
        .body("next", equalTo(null)).extract().path("items");
    assertThat(themes).isNotEmpty().allSatisfy(theme -> assertThat(String.valueOf(theme.get("labels"))).contains("fr", "en", "es"));
    assertThat(themes).extracting(t -> t.get("code")).contains("water", "mobility", "digital-inclusion");
  }

  @Test
  void aCallGroupsNeedsInPhasesAndClosesToNewOnes() {
    Map<String, Object> input = Map.of("title", unique("Appel"), "description", "Trois besoins.",
        "phases", List.of(Map.of("kind", "SHARE_NEEDS", "startsOn", "2020-01-01", "endsOn", "2099-12-31")));
    String call = as(authority).body(json(input)).post("/calls").then().statusCode(201)
        .body("status", equalTo("OPEN")).body("currentPhase", equalTo("SHARE_NEEDS")).extract().path("id");
    Map<String, Object> need = new HashMap<>(ProjectsApi.needInput(unique("in-call")));
    need.put("callId", call);
    String id = ProjectsApi.createNeed(authority, need).then().statusCode(201).body("callId", equalTo(call)).extract().path("id");
    as(authority).post("/needs/" + id + "/publish").then().statusCode(200);
    assertThat(ProjectsApi.all(null, "/needs", Map.of("call", call))).extracting(n -> n.get("id")).containsExactly(id);

    as(ProjectsApi.startup()).post("/calls/" + call + "/close").then().statusCode(403);
    as(authority).post("/calls/" + call + "/close").then().statusCode(200).body("status", equalTo("CLOSED"));
    need.put("title", unique("too-late"));
    ProjectsApi.createNeed(authority, need).then().statusCode(409);
  }

  @Test
  void refusesOverlappingOrUnknownPhases() {
    Map<String, Object> input = Map.of("title", unique("Appel"),
        "phases", List.of(Map.of("kind", "SHARE_NEEDS", "startsOn", "2027-01-01", "endsOn", "2027-03-01"),
            Map.of("kind", "BUILD", "startsOn", "2027-02-01", "endsOn", "2027-06-01"),
            Map.of("kind", "DREAM", "startsOn", "2027-07-01", "endsOn", "2027-08-01")));
    as(authority).body(json(input)).post("/calls").then().statusCode(400);
  }
}
