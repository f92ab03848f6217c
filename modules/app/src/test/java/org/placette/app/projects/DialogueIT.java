package org.placette.app.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.placette.app.projects.ProjectsApi.anonymous;
import static org.placette.app.projects.ProjectsApi.as;
import static org.placette.app.projects.ProjectsApi.json;
import static org.placette.app.projects.ProjectsApi.unique;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DialogueIT {

  private String authority;
  private String startup;

  @BeforeEach
  void demoOrganisationsExist() {
    ProjectsApi.demoOrganisations();
    authority = ProjectsApi.authority();
    startup = ProjectsApi.startup();
  }

  private String interest(String need, String solution) {
    return as(startup).body(json(Map.of("solutionId", solution, "pitch", "Déployé à Nantes sur trois zones d'activités.")))
        .post("/needs/" + need + "/interests").then().statusCode(201).body("status", equalTo("SUBMITTED"))
        .body("answerDue", notNullValue()).extract().path("id");
  }

  @Test
  void verifiedMembersAskAndTheAuthorityAnswersInPublic() {
    String need = ProjectsApi.publishedNeed(authority, unique("questions"));
    String question = as(startup).body(json(Map.of("text", "Les horaires de nuit sont-ils concernés ?")))
        .post("/needs/" + need + "/questions").then().statusCode(201).extract().path("id");
    anonymous().body(json(Map.of("text", "Une question anonyme ?"))).post("/needs/" + need + "/questions")
        .then().statusCode(401);
    as(authority).body(json(Map.of("text", "Je me réponds à moi-même ?"))).post("/needs/" + need + "/questions")
        .then().statusCode(403);
    as(startup).body(json(Map.of("text", "Oui."))).post("/needs/" + need + "/questions/" + question + "/answer")
        .then().statusCode(403);
    as(authority).body(json(Map.of("text", "Oui, deux équipes de nuit participent.")))
        .post("/needs/" + need + "/questions/" + question + "/answer").then().statusCode(200);
    as(authority).body(json(Map.of("text", "Encore."))).post("/needs/" + need + "/questions/" + question + "/answer")
        .then().statusCode(409);

    anonymous().get("/needs/" + need + "/questions").then().statusCode(200)
        .body("items[0].answer", equalTo("Oui, deux équipes de nuit participent."))
        .body("items[0].askerOrganisationId", nullValue());
    as(startup).get("/needs/" + need + "/questions").then()
        .body("items[0].askerOrganisationId", equalTo(ProjectsApi.DEMO_STARTUP));
  }

  @Test
  void eachPartySeesExactlyItsExpressionsOfInterest() {
    String need = ProjectsApi.publishedNeed(authority, unique("eoi"));
    String solution = ProjectsApi.publishedSolution(startup, unique("eoi"));
    String id = interest(need, solution);
    as(startup).body(json(Map.of("solutionId", solution, "pitch", "Une seconde fois, pour voir."))).post("/needs/" + need + "/interests")
        .then().statusCode(409);

    as(authority).get("/needs/" + need + "/interests").then().statusCode(200).body("items.id", equalTo(List.of(id)));
    as(startup).get("/needs/" + need + "/interests").then().statusCode(200).body("items.id", equalTo(List.of(id)));
    anonymous().get("/needs/" + need + "/interests").then().statusCode(401);
    as(startup).get("/interests/" + id).then().statusCode(200);
    as(authority).body(json(Map.of("reason", "Déjà équipés."))).post("/interests/" + id + "/decline")
        .then().statusCode(200).body("status", equalTo("DECLINED"));
    as(startup).get("/interests/" + id).then().body("declineReason", equalTo("Déjà équipés."))
        .body("answeredAt", notNullValue());
    as(startup).post("/interests/" + id + "/select").then().statusCode(403);
  }

  @Test
  void declineNeedsAReason() {
    String id = interest(ProjectsApi.publishedNeed(authority, unique("reason")),
        ProjectsApi.publishedSolution(startup, unique("reason")));
    as(authority).body("{}").post("/interests/" + id + "/decline").then().statusCode(400)
        .body("errors[0].field", equalTo("reason"));
  }

  @Test
  void aSelectedPairingIsFollowedToDeployment() {
    String need = ProjectsApi.publishedNeed(authority, unique("outcome"));
    String id = interest(need, ProjectsApi.publishedSolution(startup, unique("outcome")));
    as(authority).post("/interests/" + id + "/shortlist").then().statusCode(200).body("status", equalTo("SHORTLISTED"));
    as(authority).post("/interests/" + id + "/select").then().statusCode(200).body("status", equalTo("SELECTED"));
    String outcome = anonymous().queryParam("need", need).get("/outcomes").then().statusCode(200)
        .body("items[0].stage", equalTo("CONTACTED")).extract().path("items[0].id");
    as(authority).body(json(Map.of("stage", "PILOT"))).post("/outcomes/" + outcome + "/steps").then().statusCode(200);
    as(startup).body(json(Map.of("stage", "CONTACTED"))).post("/outcomes/" + outcome + "/steps").then().statusCode(409);
    as(startup).body(json(Map.of("stage", "DEPLOYED"))).post("/outcomes/" + outcome + "/steps").then().statusCode(200)
        .body("steps.stage", equalTo(List.of("CONTACTED", "PILOT", "DEPLOYED")));
    as(startup).body(json(Map.of("stage", "LAUNCHED"))).post("/outcomes/" + outcome + "/steps").then().statusCode(400)
        .body("errors[0].message", org.hamcrest.Matchers.containsString("PILOT, CONTRACT, DEPLOYED, ABANDONED"));
  }

  @Test
  void listsOverdueExpressionsOfInterestAndPublishesTheAnswerRecord() {
    String need = ProjectsApi.publishedNeed(authority, unique("overdue"));
    String late = interest(need, ProjectsApi.publishedSolution(startup, unique("late")));
    String answered = interest(need, ProjectsApi.publishedSolution(startup, unique("answered")));
    as(authority).post("/interests/" + answered + "/shortlist").then().statusCode(200);

    // With a delay of zero days everything unanswered is overdue at once.
    as(authority).body(json(Map.of("answerDays", 0))).put("/authorities/" + ProjectsApi.DEMO_AUTHORITY + "/dialogue")
        .then().statusCode(200).body("answerDays", equalTo(0));
    try {
      List<Map<String, Object>> overdue = ProjectsApi.all(authority, "/interests/overdue", Map.of());
      assertThat(overdue).extracting(i -> i.get("id")).contains(late).doesNotContain(answered);
      JsonPath record = anonymous().get("/authorities/" + ProjectsApi.DEMO_AUTHORITY + "/dialogue")
          .then().statusCode(200).extract().jsonPath();
      assertThat(record.getInt("interestsAnswered")).isPositive();
      assertThat(record.getInt("interestsOverdue")).isPositive();
      assertThat(record.getDouble("answerRate")).isBetween(0.0, 1.0);
      assertThat(record.getDouble("medianAnswerHours")).isGreaterThanOrEqualTo(0.0);
    } finally {
      as(authority).body(json(Map.of("answerDays", 15))).put("/authorities/" + ProjectsApi.DEMO_AUTHORITY + "/dialogue")
          .then().statusCode(200);
    }
    as(authority).body(json(Map.of("answerDays", 91))).put("/authorities/" + ProjectsApi.DEMO_AUTHORITY + "/dialogue")
        .then().statusCode(400);
    as(startup).body(json(Map.of("answerDays", 3))).put("/authorities/" + ProjectsApi.DEMO_AUTHORITY + "/dialogue")
        .then().statusCode(403);
  }
}
