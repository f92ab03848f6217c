package org.placette.app.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.placette.app.projects.ProjectsApi.anonymous;
import static org.placette.app.projects.ProjectsApi.as;
import static org.placette.app.projects.ProjectsApi.json;
import static org.placette.app.projects.ProjectsApi.needInput;
import static org.placette.app.projects.ProjectsApi.unique;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NeedLifecycleIT {

  private String authority;

  @BeforeEach
  void demoOrganisationsExist() {
    ProjectsApi.demoOrganisations();
    authority = ProjectsApi.authority();
  }

  @Test
  void authorityTakesANeedFromDraftToAwarded() {
    String id = ProjectsApi.draftNeed(authority, unique("lifecycle"));
    as(authority).get("/needs/" + id).then().statusCode(200).body("status", equalTo("DRAFT"));
    as(authority).post("/needs/" + id + "/publish").then().statusCode(200).body("status", equalTo("PUBLISHED"))
        .body("publishedAt", org.hamcrest.Matchers.notNullValue());
    as(authority).post("/needs/" + id + "/close").then().statusCode(200).body("status", equalTo("CLOSED"));
    as(authority).post("/needs/" + id + "/award").then().statusCode(200).body("status", equalTo("AWARDED"));
    as(authority).body(json(Map.of("reason", "too late"))).post("/needs/" + id + "/cancel").then().statusCode(409)
        .body("type", equalTo("https://placette.org/problems/invalid-transition"));
  }

  @Test
  void refusesStepsOutOfOrder() {
    String id = ProjectsApi.draftNeed(authority, unique("order"));
    as(authority).post("/needs/" + id + "/close").then().statusCode(409);
    as(authority).post("/needs/" + id + "/award").then().statusCode(409);
    as(authority).post("/needs/" + id + "/publish").then().statusCode(200);
    as(authority).post("/needs/" + id + "/publish").then().statusCode(409);
  }

  @Test
  void cancelsWithAReasonEveryoneSees() {
    String id = ProjectsApi.publishedNeed(authority, unique("cancel"));
    as(authority).body(json(Map.of("reason", "Le projet est repris par l'agglomération."))).post("/needs/" + id + "/cancel")
        .then().statusCode(200).body("status", equalTo("CANCELLED"));
    anonymous().get("/needs/" + id).then().statusCode(200)
        .body("statusReason", equalTo("Le projet est repris par l'agglomération."));
  }

  @Test
  void rejectsNeedWithPastDeadline() {
    Map<String, Object> input = new HashMap<>(needInput(unique("past")));
    input.put("deadline", "2020-01-01");
    ProjectsApi.createNeed(authority, input).then().statusCode(400)
        .body("errors.field", hasItem("deadline"));
  }

  @Test
  void changesAPublishedProblemStatementOnlyThroughARevision() {
    String title = unique("revision");
    String id = ProjectsApi.publishedNeed(authority, title);
    Map<String, Object> edited = new HashMap<>(needInput(title));
    edited.put("problemStatement", "Un tout autre énoncé du problème, qui devrait passer par une révision.");
    as(authority).body(json(edited)).put("/needs/" + id).then().statusCode(409)
        .body("type", equalTo("https://placette.org/problems/revision-required"));

    Map<String, Object> retitled = new HashMap<>(needInput(title));
    retitled.put("title", title + " (précisé)");
    as(authority).body(json(retitled)).put("/needs/" + id).then().statusCode(200).body("title", equalTo(title + " (précisé)"));

    as(authority).body(json(Map.of("problemStatement", "Les fuites invisibles coûtent un quart du volume produit, surtout la nuit.",
            "note", "La nuit")))
        .post("/needs/" + id + "/revisions").then().statusCode(201).body("number", equalTo(2));
    List<Map<String, Object>> history = anonymous().get("/needs/" + id + "/revisions").then().statusCode(200)
        .body("next", equalTo(null)).extract().path("items");
    assertThat(history).extracting(r -> r.get("number")).containsExactly(1, 2);
    assertThat(history.get(1).get("note")).isEqualTo("La nuit");
    anonymous().get("/needs/" + id).then().body("revision", equalTo(2))
        .body("problemStatement", equalTo("Les fuites invisibles coûtent un quart du volume produit, surtout la nuit."));
  }

  @Test
  void showsADraftToItsOwnerOnly() {
    String id = ProjectsApi.draftNeed(authority, unique("draft"));
    anonymous().get("/needs/" + id).then().statusCode(404);
    as(ProjectsApi.startup()).get("/needs/" + id).then().statusCode(404);
    as(ProjectsApi.admin()).get("/needs/" + id).then().statusCode(200);
    as(ProjectsApi.portal()).get("/needs/" + id).then().statusCode(200);
  }

  @Test
  void showsANeedForVerifiedMembersToThemOnly() {
    Map<String, Object> input = new HashMap<>(needInput(unique("members")));
    input.put("visibility", "VERIFIED_MEMBERS");
    String id = ProjectsApi.createNeed(authority, input).then().statusCode(201).extract().path("id");
    as(authority).post("/needs/" + id + "/publish").then().statusCode(200);
    anonymous().get("/needs/" + id).then().statusCode(404);
    as(ProjectsApi.startup()).get("/needs/" + id).then().statusCode(200);
    List<Map<String, Object>> publicList = ProjectsApi.all(null, "/needs", Map.of("organisation", ProjectsApi.DEMO_AUTHORITY));
    assertThat(publicList).extracting(n -> n.get("id")).doesNotContain(id);
  }

  @Test
  void onlyTheOwningAuthorityOrItsPortalChangesANeed() {
    String id = ProjectsApi.draftNeed(authority, unique("owner"));
    String startup = ProjectsApi.startup();
    String admin = ProjectsApi.admin();
    anonymous().post("/needs/" + id + "/publish").then().statusCode(401);
    as(startup).post("/needs/" + id + "/publish").then().statusCode(403);
    as(admin).post("/needs/" + id + "/publish").then().statusCode(403);
    as(startup).body(json(needInput(unique("startup")))).post("/needs").then().statusCode(403);
    anonymous().body(json(needInput(unique("anonymous")))).post("/needs").then().statusCode(401);
    // The demo portal's service account acts for the demo authority.
    as(ProjectsApi.portal()).post("/needs/" + id + "/publish").then().statusCode(200).body("status", equalTo("PUBLISHED"));
  }

  @Test
  void detectsTheLanguageWhenNotGiven() {
    Map<String, Object> input = new HashMap<>(needInput(unique("lang")));
    input.remove("language");
    input.put("title", "Reduce water leaks in the drinking water network");
    input.put("problemStatement", "Our town loses a quarter of its drinking water through hidden leaks every night.");
    ProjectsApi.createNeed(authority, input).then().statusCode(201)
        .body("language", equalTo("en")).body("languageDetected", equalTo(true));
  }
}
