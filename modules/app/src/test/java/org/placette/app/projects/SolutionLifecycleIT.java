package org.placette.app.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.placette.app.projects.ProjectsApi.anonymous;
import static org.placette.app.projects.ProjectsApi.as;
import static org.placette.app.projects.ProjectsApi.json;
import static org.placette.app.projects.ProjectsApi.solutionInput;
import static org.placette.app.projects.ProjectsApi.unique;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SolutionLifecycleIT {

  private String startup;

  @BeforeEach
  void demoOrganisationsExist() {
    ProjectsApi.demoOrganisations();
    startup = ProjectsApi.startup();
  }

  @Test
  void startupTakesASolutionFromDraftToArchived() {
    String title = unique("solution");
    String id = as(startup).body(json(solutionInput(title))).post("/solutions").then().statusCode(201)
        .body("status", equalTo("DRAFT")).body("trl", equalTo(7)).extract().path("id");
    anonymous().get("/solutions/" + id).then().statusCode(404);
    as(startup).post("/solutions/" + id + "/publish").then().statusCode(200).body("status", equalTo("PUBLISHED"));
    anonymous().get("/solutions/" + id).then().statusCode(200).body("references", equalTo(List.of("Nantes")));
    as(startup).post("/solutions/" + id + "/archive").then().statusCode(200).body("status", equalTo("ARCHIVED"));
    as(startup).post("/solutions/" + id + "/publish").then().statusCode(409);
    List<Map<String, Object>> published = ProjectsApi.all(null, "/solutions", Map.of("organisation", ProjectsApi.DEMO_STARTUP));
    assertThat(published).extracting(s -> s.get("id")).doesNotContain(id);
  }

  @Test
  void onlyTheOwningStartupChangesASolution() {
    String id = ProjectsApi.publishedSolution(startup, unique("owned"));
    as(ProjectsApi.authority()).post("/solutions/" + id + "/archive").then().statusCode(403);
    as(ProjectsApi.admin()).post("/solutions/" + id + "/archive").then().statusCode(403);
    anonymous().post("/solutions/" + id + "/archive").then().statusCode(401);
    as(ProjectsApi.authority()).body(json(solutionInput(unique("authority")))).post("/solutions").then().statusCode(403);
  }

  @Test
  void rejectsAnOutOfRangeTrl() {
    Map<String, Object> input = new HashMap<>(solutionInput(unique("trl")));
    input.put("trl", 10);
    as(startup).body(json(input)).post("/solutions").then().statusCode(400).body("errors[0].field", equalTo("trl"));
    input.put("trl", 0);
    as(startup).body(json(input)).post("/solutions").then().statusCode(400).body("errors[0].field", equalTo("trl"));
  }

  @Test
  void filtersPublishedSolutionsByThemeLanguageCountryAndTrl() {
    String id = ProjectsApi.publishedSolution(startup, unique("filters"));
    Map<String, Object> query = Map.of("theme", "water", "language", "fr", "country", "FR", "trlMin", 7,
        "organisation", ProjectsApi.DEMO_STARTUP);
    assertThat(ProjectsApi.all(null, "/solutions", query)).extracting(s -> s.get("id")).contains(id);
    assertThat(ProjectsApi.all(null, "/solutions", Map.of("trlMin", 8, "organisation", ProjectsApi.DEMO_STARTUP)))
        .extracting(s -> s.get("id")).doesNotContain(id);
    assertThat(ProjectsApi.all(null, "/solutions", Map.of("country", "ES", "organisation", ProjectsApi.DEMO_STARTUP)))
        .extracting(s -> s.get("id")).doesNotContain(id);
  }
}
