package org.placette.app.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.placette.app.projects.ProjectsApi.anonymous;
import static org.placette.app.projects.ProjectsApi.unique;

import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PaginationIT {

  /** A fresh authority with {@code count} published needs, through the admin import. */
  private static Map<String, Object> collection(String authority, String prefix, int from, int count) {
    List<Map<String, Object>> needs = new ArrayList<>();
    for (int i = from; i < from + count; i++) {
      Map<String, Object> need = new LinkedHashMap<>();
      need.put("id", prefix + "-" + i);
      need.put("authority", authority);
      need.put("language", i % 3 == 0 ? "en" : "fr");
      need.put("title", "Besoin numéro " + i + " de " + prefix);
      need.put("description", "Un besoin de test pour la pagination, numéro " + i + ", de l'autorité " + authority + ".");
      need.put("deadline", LocalDate.of(2030, 1, 1).plusDays(i % 7).toString());
      need.put("themes", List.of(i % 2 == 0 ? "water" : "mobility"));
      needs.add(need);
    }
    return Map.of("version", 1,
        "authorities", List.of(Map.of("id", authority, "name", "Commune " + authority, "country", "BE",
            "region", "Wallonie", "city", "Namur", "population", 110000, "language", "fr")),
        "needs", needs);
  }

  private static String ownerOf(String ref) {
    // Every need of the collection belongs to the authority: read its id from any of them.
    return ProjectsApi.all(null, "/needs", Map.of("country", "BE")).stream()
        .filter(n -> ref.equals(n.get("externalRef"))).findFirst().map(n -> (String) n.get("ownerId")).orElseThrow();
  }

  @Test
  void pagesStayCorrectWhileNeedsAreAdded() throws Exception {
    String authority = unique("pager");
    ProjectsApi.importCollection(collection(authority, authority, 0, 23));
    String owner = ownerOf(authority + "-0");

    for (String sort : List.of("-createdAt", "deadline")) {
      Set<String> before = new HashSet<>();
      ProjectsApi.all(null, "/needs", Map.of("organisation", owner)).forEach(n -> before.add((String) n.get("id")));
      assertThat(before).hasSizeGreaterThanOrEqualTo(23);

      int start = 1000 + before.size() * 10;
      CompletableFuture<Void> inserts = CompletableFuture.runAsync(() -> {
        for (int batch = 0; batch < 4; batch++) {
          ProjectsApi.importCollection(collection(authority, authority, start + batch * 3, 3));
        }
      });
      List<String> seen = new ArrayList<>();
      String cursor = null;
      do {
        var request = anonymous().queryParam("organisation", owner).queryParam("sort", sort).queryParam("limit", 4);
        if (cursor != null) {
          request.queryParam("cursor", cursor);
        }
        JsonPath page = request.get("/needs").then().statusCode(200).extract().jsonPath();
        seen.addAll(page.getList("items.id"));
        cursor = page.getString("next");
      } while (cursor != null);
      inserts.get(2, TimeUnit.MINUTES);

      assertThat(seen).as("no need twice with sort " + sort).doesNotHaveDuplicates();
      assertThat(seen).as("no need that existed before is skipped with sort " + sort).containsAll(before);
    }
  }

  @Test
  void filtersAndSortsNeeds() {
    String authority = unique("filter");
    ProjectsApi.importCollection(collection(authority, authority, 0, 12));
    String owner = ownerOf(authority + "-0");

    List<Map<String, Object>> english = ProjectsApi.all(null, "/needs", Map.of("organisation", owner, "language", "en"));
    assertThat(english).hasSize(4).allSatisfy(n -> assertThat(n.get("language")).isEqualTo("en"));
    List<Map<String, Object>> water = ProjectsApi.all(null, "/needs", Map.of("organisation", owner, "theme", "water"));
    assertThat(water).hasSize(6);
    List<Map<String, Object>> early = ProjectsApi.all(null, "/needs",
        Map.of("organisation", owner, "deadlineFrom", "2030-01-01", "deadlineTo", "2030-01-02"));
    assertThat(early).allSatisfy(n -> assertThat((String) n.get("deadline")).isBetween("2030-01-01", "2030-01-02"));
    assertThat(ProjectsApi.all(null, "/needs", Map.of("organisation", owner, "country", "FR"))).isEmpty();
    List<String> deadlines = ProjectsApi.all(null, "/needs", Map.of("organisation", owner, "sort", "deadline"))
        .stream().map(n -> (String) n.get("deadline")).toList();
    assertThat(deadlines).isSorted();
    anonymous().queryParam("limit", 500).get("/needs").then().statusCode(400);
    anonymous().queryParam("cursor", "garbage").get("/needs").then().statusCode(400);
  }

  @Test
  void theLastPageSaysNextIsNull() {
    anonymous().queryParam("organisation", "00000000-0000-4000-8000-00000000dead").get("/needs").then().statusCode(200)
        .body("items", org.hamcrest.Matchers.empty())
        .body("$", org.hamcrest.Matchers.hasKey("next"))
        .body("next", org.hamcrest.Matchers.nullValue());
  }
}
