package org.placette.app.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.placette.app.projects.ProjectsApi.as;
import static org.placette.app.projects.ProjectsApi.json;
import static org.placette.app.projects.ProjectsApi.needInput;
import static org.placette.app.projects.ProjectsApi.solutionInput;
import static org.placette.app.projects.ProjectsApi.unique;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What a wrong request is answered, and that it stores nothing. Plain text only: markup is rejected, never stripped. */
class BadInputIT {

  private String authority;

  @BeforeEach
  void demoOrganisationsExist() {
    ProjectsApi.demoOrganisations();
    authority = ProjectsApi.authority();
  }

  static Stream<Arguments> wrongNeeds() {
    return Stream.of(
        Arguments.of("title", "<script>alert(1)</script> des fuites", "Markup"),
        Arguments.of("problemStatement", "Un énoncé <b>en gras</b> qui est assez long pour passer.", "Markup"),
        Arguments.of("context", "caf&eacute; et fuites", "Markup"),
        Arguments.of("title", "x".repeat(201), "3 to 200"),
        Arguments.of("problemStatement", "y".repeat(10_001), "20 to 10,000"),
        Arguments.of("themes", List.of("water", "waste", "energy", "mobility", "health", "housing"), "At most 5"),
        Arguments.of("themes", List.of("unicorns"), "/api/v1/themes"),
        Arguments.of("visibility", "SECRET", "allowed values: PUBLIC, VERIFIED_MEMBERS"),
        Arguments.of("populationBand", "HUGE", "allowed values: SMALL, MEDIUM, LARGE, METROPOLIS"),
        Arguments.of("language", "de", "allowed values: fr, en, es"),
        Arguments.of("deadline", "31/03/2027", "ISO date"),
        Arguments.of("territory", Map.of("country", "France"), "ISO 3166-1"),
        Arguments.of("budget", Map.of("min", 50_000, "max", 10_000), "at least the minimum"),
        Arguments.of("callId", "not-an-id", "Not an id"));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("wrongNeeds")
  void answers400NamingTheFieldAndStoresNothing(String field, Object value, String message) {
    String title = unique("bad");
    Map<String, Object> input = new HashMap<>(needInput(title));
    input.put(field, value);
    String expectedField = field.equals("themes") && value instanceof List<?> list && list.size() == 1 ? "themes[0]"
        : field.equals("territory") ? "territory.country" : field.equals("budget") ? "budget.max" : field;
    ProjectsApi.createNeed(authority, input).then().statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem(expectedField))
        .body("errors.message", hasItem(containsString(message)));
    assertThat(ProjectsApi.all(authority, "/needs", Map.of("status", "DRAFT", "organisation", ProjectsApi.DEMO_AUTHORITY)))
        .extracting(n -> n.get("title")).doesNotContain(title, value);
  }

  @Test
  void reportsEveryWrongFieldAtOnce() {
    Map<String, Object> input = new HashMap<>(needInput(unique("many")));
    input.put("title", "<i>x</i>");
    input.put("visibility", "NOBODY");
    input.put("deadline", "tomorrow");
    ProjectsApi.createNeed(authority, input).then().statusCode(400)
        .body("errors.field", equalTo(List.of("deadline", "title", "visibility")));
  }

  @Test
  void refusesABodyOverTheLimitWith413() {
    Map<String, Object> input = new HashMap<>(needInput(unique("huge")));
    input.put("context", String.join("", Collections.nCopies(300_000, "a")));
    ProjectsApi.createNeed(authority, input).then().statusCode(413)
        .body("type", equalTo("https://placette.org/problems/payload-too-large"));
  }

  @Test
  void refusesMalformedJsonWith400() {
    as(authority).body("{\"title\": ").post("/needs").then().statusCode(400)
        .body("type", equalTo("https://placette.org/problems/malformed-request"));
    as(authority).body("{\"title\": [1, 2]}").post("/needs").then().statusCode(400);
  }

  @Test
  void refusesAnUnknownFilterValueNamingTheAllowedOnes() {
    ProjectsApi.anonymous().queryParam("status", "OPEN").get("/needs").then().statusCode(400)
        .body("errors[0].field", equalTo("status"))
        .body("errors[0].message", containsString("DRAFT, PUBLISHED, CLOSED, AWARDED, CANCELLED"));
    ProjectsApi.anonymous().queryParam("sort", "title").get("/solutions").then().statusCode(400);
  }

  @Test
  void rejectsMarkupInSolutionsAndListsTooLong() {
    String startup = ProjectsApi.startup();
    Map<String, Object> input = new HashMap<>(solutionInput(unique("bad-solution")));
    input.put("summary", "<a href='x'>cliquez</a> pour une solution");
    input.put("references", Collections.nCopies(51, "Nantes"));
    input.put("pricingModel", "BARTER");
    as(startup).body(json(input)).post("/solutions").then().statusCode(400)
        .body("errors.field", hasItem("summary"))
        .body("errors.field", hasItem("references"))
        .body("errors.field", hasItem("pricingModel"));
  }
}
