package org.placette.app.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.placette.app.projects.ProjectsApi.as;
import static org.placette.app.projects.ProjectsApi.json;
import static org.placette.app.projects.ProjectsApi.needInput;
import static org.placette.app.projects.ProjectsApi.unique;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OptimisticLockingIT {

  private String authority;

  @BeforeEach
  void demoOrganisationsExist() {
    ProjectsApi.demoOrganisations();
    authority = ProjectsApi.authority();
  }

  @Test
  void answers412ToAStaleIfMatch() {
    String title = unique("stale");
    String id = ProjectsApi.publishedNeed(authority, title);
    String etag = as(authority).get("/needs/" + id).then().statusCode(200).extract().header("ETag");
    Map<String, Object> first = new HashMap<>(needInput(title));
    first.put("title", title + " v2");
    String newer = as(authority).header("If-Match", etag).body(json(first)).put("/needs/" + id)
        .then().statusCode(200).extract().header("ETag");
    assertThat(newer).isNotEqualTo(etag);
    first.put("title", title + " v3");
    as(authority).header("If-Match", etag).body(json(first)).put("/needs/" + id).then().statusCode(412)
        .body("type", equalTo("https://placette.org/problems/stale-version"));
    as(authority).header("If-Match", etag).post("/needs/" + id + "/close").then().statusCode(412);
    as(authority).get("/needs/" + id).then().body("title", equalTo(title + " v2")).body("status", equalTo("PUBLISHED"));
  }

  @Test
  void concurrentUpdatesOfOneVersionLetOneWinAndFireOneEvent() throws Exception {
    String title = unique("race");
    String id = ProjectsApi.publishedNeed(authority, title);
    String etag = as(authority).get("/needs/" + id).then().extract().header("ETag");
    int writers = 6;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < writers; i++) {
        Map<String, Object> input = new HashMap<>(needInput(title));
        input.put("title", title + " by writer " + i);
        answers.add(pool.submit(() -> as(authority).header("If-Match", etag).body(json(input)).put("/needs/" + id)
            .statusCode()));
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> answer : answers) {
        statuses.add(answer.get());
      }
      assertThat(statuses).containsOnly(200, 412);
      assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
    // The losers fired NeedUpdated too, inside transactions that rolled back: none of theirs remains.
    assertThat(ProjectsApi.events(id)).containsExactly("NeedPublished", "NeedUpdated");
  }
}
