package org.placette.app.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.placette.app.projects.ProjectsApi.as;
import static org.placette.app.projects.ProjectsApi.unique;

import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.placette.testkit.TestServers;

class ImportIT {

  private static Path devSet() {
    return TestServers.root().resolveSibling("shared").resolve("data/devset/matchmaking-dev.json");
  }

  private static JsonPath importFile(Path file) {
    return as(ProjectsApi.admin()).body(file.toFile()).post("/admin/import").then().statusCode(200).extract().jsonPath();
  }

  private static int total(JsonPath report, String kind) {
    return report.getInt(kind + ".created") + report.getInt(kind + ".unchanged");
  }

  @Test
  void importsTheDevSetOnceHoweverOftenItIsSent() {
    JsonPath first = importFile(devSet());
    assertThat(total(first, "authorities")).isEqualTo(12);
    assertThat(total(first, "startups")).isEqualTo(72);
    assertThat(total(first, "needs")).isEqualTo(30);
    assertThat(total(first, "solutions")).isEqualTo(150);

    JsonPath second = importFile(devSet());
    for (String kind : List.of("authorities", "startups", "needs", "solutions")) {
      assertThat(second.getInt(kind + ".created")).as(kind).isZero();
      assertThat(second.getInt(kind + ".unchanged")).as(kind).isEqualTo(total(first, kind));
    }

    Set<String> needRefs = IntStream.rangeClosed(1, 30).mapToObj(i -> String.format("n%02d", i)).collect(Collectors.toSet());
    Set<String> solutionRefs = IntStream.rangeClosed(1, 150).mapToObj(i -> String.format("x%03d", i)).collect(Collectors.toSet());
    List<Map<String, Object>> needs = ProjectsApi.all(null, "/needs", Map.of());
    List<Map<String, Object>> solutions = ProjectsApi.all(null, "/solutions", Map.of());
    assertThat(needs.stream().map(n -> n.get("externalRef")).filter(needRefs::contains)).hasSize(30);
    assertThat(solutions.stream().map(s -> s.get("externalRef")).filter(solutionRefs::contains)).hasSize(150);
    Map<String, Object> n01 = needs.stream().filter(n -> "n01".equals(n.get("externalRef"))).findFirst().orElseThrow();
    assertThat(n01).containsEntry("status", "PUBLISHED").containsEntry("language", "fr").containsEntry("deadline", "2027-03-31");
    assertThat(ProjectsApi.events((String) n01.get("id"))).containsExactly("NeedPublished");
  }

  @Test
  void aWrongCollectionStoresNothingAndNamesEveryWrongField() {
    String authority = unique("wrong");
    Map<String, Object> collection = Map.of("version", 1,
        "authorities", List.of(Map.of("id", authority, "name", "Commune " + authority, "country", "FR")),
        "needs", List.of(
            Map.of("id", authority + "-ok", "authority", authority, "language", "fr", "title", "Un besoin correct",
                "description", "Une description assez longue pour être acceptée."),
            Map.of("id", authority + "-bad", "authority", "nobody", "language", "de", "title", "<b>Gras</b>",
                "description", "court")));
    as(ProjectsApi.admin()).body(ProjectsApi.json(collection)).post("/admin/import").then().statusCode(400)
        .body("errors.field", hasItem("needs[1].authority"))
        .body("errors.field", hasItem("needs[1].language"))
        .body("errors.field", hasItem("needs[1].title"))
        .body("errors.field", hasItem("needs[1].description"));
    JsonPath retry = ProjectsApi.importCollection(Map.of("version", 1,
        "authorities", List.of(Map.of("id", authority, "name", "Commune " + authority, "country", "FR"))));
    assertThat(retry.getInt("authorities.created")).as("the authority of the refused file was not stored").isEqualTo(1);
  }

  @Test
  void importsTheDemoCollectionOfTheLauncher() {
    Path demo = TestServers.root().resolve("demo/demo-collection.json");
    JsonPath first = importFile(demo);
    assertThat(total(first, "needs")).isPositive();
    assertThat(total(first, "solutions")).isPositive();
    JsonPath second = importFile(demo);
    for (String kind : List.of("authorities", "startups", "needs", "solutions")) {
      assertThat(second.getInt(kind + ".created")).as(kind).isZero();
    }
  }

  @Test
  void refusesToGiveAnExistingPlatformIdToAnotherOrganisation() {
    ProjectsApi.demoOrganisations();
    String other = unique("impostor");
    as(ProjectsApi.admin()).body(ProjectsApi.json(Map.of("version", 1, "authorities", List.of(Map.of("id", other,
            "placetteId", ProjectsApi.DEMO_AUTHORITY, "name", "Imposteur", "country", "FR")))))
        .post("/admin/import").then().statusCode(400).body("errors.field", hasItem("authorities[0].placetteId"));
  }

  @Test
  void refusesMalformedJson() {
    as(ProjectsApi.admin()).body("{\"version\": 1, \"needs\": [").post("/admin/import").then().statusCode(400)
        .body("type", equalTo("https://placette.org/problems/malformed-request"));
  }

  @Test
  void onlyPlatformAdminsImport() {
    as(ProjectsApi.authority()).body("{\"version\": 1}").post("/admin/import").then().statusCode(403);
    ProjectsApi.anonymous().body("{\"version\": 1}").post("/admin/import").then().statusCode(401);
  }

  @Test
  void importsALargeGeneratedCollectionInSeveralBatches() throws Exception {
    Path file = Files.createTempFile("placette-generated-", ".json");
    try {
      String prefix = unique("gen");
      CollectionGenerator.write(file, prefix, 20, 1_200);
      JsonPath report = importFile(file);
      assertThat(report.getInt("startups.created")).isEqualTo(20);
      assertThat(report.getInt("solutions.created")).isEqualTo(1_200);
      JsonPath again = importFile(file);
      assertThat(again.getInt("solutions.unchanged")).isEqualTo(1_200);
      assertThat(again.getInt("solutions.created")).isZero();
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
