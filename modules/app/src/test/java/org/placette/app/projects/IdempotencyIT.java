package org.placette.app.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.placette.app.projects.ProjectsApi.as;
import static org.placette.app.projects.ProjectsApi.json;
import static org.placette.app.projects.ProjectsApi.needInput;
import static org.placette.app.projects.ProjectsApi.unique;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IdempotencyIT {

  private String authority;

  @BeforeEach
  void demoOrganisationsExist() {
    ProjectsApi.demoOrganisations();
    authority = ProjectsApi.authority();
  }

  private long draftsTitled(String title) {
    return ProjectsApi.all(authority, "/needs", Map.of("status", "DRAFT", "organisation", ProjectsApi.DEMO_AUTHORITY))
        .stream().filter(n -> title.equals(n.get("title"))).count();
  }

  @Test
  void sameKeyAndBodyGiveTheSameAnswerAndOneNeed() {
    String title = unique("idem");
    String key = unique("key");
    Response first = as(authority).header("Idempotency-Key", key).body(json(needInput(title))).post("/needs");
    Response second = as(authority).header("Idempotency-Key", key).body(json(needInput(title))).post("/needs");
    first.then().statusCode(201);
    second.then().statusCode(201).header("Idempotency-Replayed", "true");
    assertThat(second.asString()).isEqualTo(first.asString());
    assertThat(second.header("Location")).isEqualTo(first.header("Location"));
    assertThat(second.header("ETag")).isEqualTo(first.header("ETag"));
    assertThat(draftsTitled(title)).isEqualTo(1);
  }

  @Test
  void sameKeyWithAnotherBodyIsRefused() {
    String key = unique("key");
    as(authority).header("Idempotency-Key", key).body(json(needInput(unique("one")))).post("/needs").then().statusCode(201);
    as(authority).header("Idempotency-Key", key).body(json(needInput(unique("two")))).post("/needs").then().statusCode(422)
        .body("type", equalTo("https://placette.org/problems/idempotency-key-reused"));
  }

  @Test
  void aRetriedTransitionIsAnsweredAgainNotRefused() {
    String id = ProjectsApi.draftNeed(authority, unique("publish-twice"));
    String key = unique("key");
    as(authority).header("Idempotency-Key", key).post("/needs/" + id + "/publish").then().statusCode(200);
    as(authority).header("Idempotency-Key", key).post("/needs/" + id + "/publish").then().statusCode(200)
        .header("Idempotency-Replayed", "true");
    assertThat(ProjectsApi.events(id)).containsExactly("NeedPublished");
  }

  @Test
  void concurrentRetriesCreateOneNeed() throws Exception {
    String title = unique("idem-race");
    String key = unique("key");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        answers.add(pool.submit(() -> as(authority).header("Idempotency-Key", key)
            .body(json(new HashMap<>(needInput(title)))).post("/needs").statusCode()));
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> answer : answers) {
        statuses.add(answer.get());
      }
      assertThat(statuses).contains(201).containsOnly(201, 409);
    } finally {
      pool.shutdownNow();
    }
    assertThat(draftsTitled(title)).isEqualTo(1);
  }
}
