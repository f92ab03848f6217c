package org.placette.app.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.placette.app.projects.ProjectsApi.as;
import static org.placette.app.projects.ProjectsApi.json;
import static org.placette.app.projects.ProjectsApi.needInput;
import static org.placette.app.projects.ProjectsApi.solutionInput;
import static org.placette.app.projects.ProjectsApi.unique;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each change fires one event; a refused or rolled-back change fires none (see also OptimisticLockingIT). */
class EventsIT {

  private String authority;
  private String startup;

  @BeforeEach
  void demoOrganisationsExist() {
    ProjectsApi.demoOrganisations();
    authority = ProjectsApi.authority();
    startup = ProjectsApi.startup();
  }

  @Test
  void aNeedFiresOneEventPerVisibleChange() {
    String title = unique("events");
    String id = ProjectsApi.draftNeed(authority, title);
    Map<String, Object> edited = new HashMap<>(needInput(title));
    edited.put("context", "Un brouillon ne regarde personne.");
    as(authority).body(json(edited)).put("/needs/" + id).then().statusCode(200);
    assertThat(ProjectsApi.events(id)).isEmpty();

    as(authority).post("/needs/" + id + "/publish").then().statusCode(200);
    as(authority).post("/needs/" + id + "/publish").then().statusCode(409);
    edited.put("context", "Publié, chaque changement se voit.");
    as(authority).body(json(edited)).put("/needs/" + id).then().statusCode(200);
    as(authority).body(json(Map.of("problemStatement", "Un énoncé révisé, assez long pour être accepté."))).post("/needs/" + id + "/revisions")
        .then().statusCode(201);
    as(authority).post("/needs/" + id + "/close").then().statusCode(200);
    as(authority).post("/needs/" + id + "/award").then().statusCode(200);
    assertThat(ProjectsApi.events(id))
        .containsExactly("NeedPublished", "NeedUpdated", "NeedUpdated", "NeedClosed", "NeedUpdated");
  }

  @Test
  void aRefusedRequestFiresNothing() {
    String title = unique("refused");
    String id = ProjectsApi.publishedNeed(authority, title);
    Map<String, Object> wrong = new HashMap<>(needInput(title));
    wrong.put("visibility", "SECRET");
    as(authority).body(json(wrong)).put("/needs/" + id).then().statusCode(400);
    as(authority).header("If-Match", "\"99\"").post("/needs/" + id + "/close").then().statusCode(412);
    assertThat(ProjectsApi.events(id)).containsExactly("NeedPublished");
  }

  @Test
  void aSolutionFiresPublishedThenUpdated() {
    String title = unique("solution-events");
    String id = as(startup).body(json(solutionInput(title))).post("/solutions").then().statusCode(201).extract().path("id");
    as(startup).post("/solutions/" + id + "/publish").then().statusCode(200);
    Map<String, Object> edited = new HashMap<>(solutionInput(title));
    edited.put("trl", 8);
    as(startup).body(json(edited)).put("/solutions/" + id).then().statusCode(200);
    as(startup).post("/solutions/" + id + "/archive").then().statusCode(200);
    assertThat(ProjectsApi.events(id)).containsExactly("SolutionPublished", "SolutionUpdated", "SolutionUpdated");
  }

  @Test
  void theDialogueFiresItsEventsOnce() {
    String need = ProjectsApi.publishedNeed(authority, unique("dialogue-events"));
    String solution = ProjectsApi.publishedSolution(startup, unique("dialogue-events"));
    String question = as(startup).body(json(Map.of("text", "Quel est le calendrier ?"))).post("/needs/" + need + "/questions")
        .then().statusCode(201).extract().path("id");
    as(authority).body(json(Map.of("text", "Un an."))).post("/needs/" + need + "/questions/" + question + "/answer")
        .then().statusCode(200);
    as(authority).body(json(Map.of("text", "Deux ans."))).post("/needs/" + need + "/questions/" + question + "/answer")
        .then().statusCode(409);
    String interest = as(startup).body(json(Map.of("solutionId", solution, "pitch", "Nous savons faire cela.")))
        .post("/needs/" + need + "/interests").then().statusCode(201).extract().path("id");
    as(authority).post("/interests/" + interest + "/shortlist").then().statusCode(200);
    as(authority).post("/interests/" + interest + "/select").then().statusCode(200);
    as(authority).post("/interests/" + interest + "/select").then().statusCode(409);
    assertThat(ProjectsApi.events(question)).containsExactly("QuestionAnswered");
    assertThat(ProjectsApi.events(interest)).containsExactly("ExpressionOfInterestSubmitted",
        "ExpressionOfInterestDecided", "ExpressionOfInterestDecided");
  }

  @Test
  void onlyAdministratorsReadTheJournal() {
    ProjectsApi.anonymous().get("/admin/events").then().statusCode(401);
    as(authority).get("/admin/events").then().statusCode(403);
  }
}
