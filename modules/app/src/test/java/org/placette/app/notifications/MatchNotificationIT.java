package org.placette.app.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.placette.app.projects.ProjectsApi.as;
import static org.placette.app.projects.ProjectsApi.json;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.placette.app.matchmaking.MatchmakingBacklog;
import org.placette.app.projects.ProjectsApi;
import org.placette.testkit.TestServers;

/**
 * From a match to the people it concerns, end to end: the projects module publishes, the
 * matchmaking pipeline translates (Apertium) and scores, and the notifications module writes the
 * inbox row and streams it. Nothing is called directly: each step is the real flow of the
 * platform, so the waits are bounded but generous (translation and scoring run in the background).
 */
class MatchNotificationIT {

  private static final Duration PATIENCE = Duration.ofMinutes(3);
  private static final Duration QUIET = Duration.ofSeconds(3);

  /**
   * The demo data, so that the solutions' index is never almost empty: in an index of one or two
   * documents every word is common, and the scorer rightly gives common words no weight.
   */
  @BeforeAll
  static void demoData() {
    as(ProjectsApi.admin()).body(TestServers.root().resolve("demo/demo-collection.json").toFile())
        .post("/admin/import").then().statusCode(200);
    MatchmakingBacklog.awaitEmpty();
  }

  @Test
  void aPublishedNeedTellsTheStartupWhoseSolutionMatchesItOnceInItsInboxAndOnItsLiveStream() throws Exception {
    Dialogue.Member startup = Dialogue.newStartupMember();
    String district = district();
    String solution = publishedSolution(startup.token(), district);
    // Translated already, as a solution that has been on the platform for a while is: the need
    // then meets it in every language at its first scoring.
    MatchmakingBacklog.awaitEmpty();

    try (SseClient stream = new SseClient(startup.token(), null)) {
      String authority = Dialogue.authority();
      String need = publishedNeed(authority, district);

      Map<String, Object> told = Inboxes.await(startup.token(), matching("NEW_MATCHING_NEED", need, solution), PATIENCE);

      assertThat(told).containsEntry("solutionId", solution).containsEntry("read", false);
      assertThat(told.get("needTitle").toString()).contains(district);
      assertThat((Integer) told.get("score")).isBetween(60, 100);
      assertThat(conceptIds(told)).contains("water.leak");
      assertThat(told.get("matchedTerms")).asList().isNotEmpty();
      SseClient.Event streamed = nextAbout(stream, need, PATIENCE);
      assertThat(streamed.id()).isEqualTo(told.get("id").toString());
      assertThat(streamed.data()).contains("NEW_MATCHING_NEED").contains(solution);

      as(authority).body(json(Map.of("problemStatement", needStatement(district) + " Les conduites posées après 1975"
            + " sont en PVC et moins concernées.", "note", "Précision sur les matériaux")))
          .post("/needs/" + need + "/revisions").then().statusCode(201);
      MatchmakingBacklog.awaitEmpty();

      assertThat(Inboxes.items(startup.token())).filteredOn(matching("NEW_MATCHING_NEED", need, solution)::test)
          .as("one notification per need and solution, the minor revision adding none").hasSize(1);
      assertThat(eventsAbout(stream, need, QUIET, false)).as("nothing new streamed after the revision").isEmpty();
    }
  }

  @Test
  void aPublishedSolutionTellsTheAuthorityMemberWhoseOpenNeedItMatches() throws Exception {
    Dialogue.Member authority = Dialogue.newAuthorityMember();
    Dialogue.Member startup = Dialogue.newStartupMember();
    String district = district();
    String need = publishedNeed(authority.token(), district);
    MatchmakingBacklog.awaitEmpty();

    String solution = publishedSolution(startup.token(), district);

    Map<String, Object> told = Inboxes.await(authority.token(), matching("NEW_MATCHING_SOLUTION", need, solution), PATIENCE);
    assertThat(told.get("solutionTitle").toString()).contains("leak");
    assertThat((Integer) told.get("score")).isBetween(60, 100);
    assertThat(conceptIds(told)).contains("water.leak");
    MatchmakingBacklog.awaitEmpty();
    assertThat(Inboxes.items(authority.token())).filteredOn(matching("NEW_MATCHING_SOLUTION", need, solution)::test)
        .hasSize(1);
  }

  /**
   * A district name no other test uses. Both texts name it, as a need and the pilot it recalls
   * would: it keeps this pair the best of its rankings, whatever else other tests published
   * about water leaks.
   */
  private static String district() {
    String consonants = "bdfgklmnprstvz";
    String vowels = "aeiou";
    StringBuilder name = new StringBuilder("Ker");
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int i = 0; i < 3; i++) {
      name.append(consonants.charAt(random.nextInt(consonants.length()))).append(vowels.charAt(random.nextInt(vowels.length())));
    }
    return name.append('c').toString();
  }

  private static String needStatement(String district) {
    return "Le secteur de " + district + " perd près d'un quart de l'eau potable produite dans des fuites invisibles,"
        + " sur des canalisations en fonte posées dans les années 1960. Nous voulons localiser les fuites avant la casse,"
        + " en suivant le débit minimum nocturne et en écoutant le réseau, pour cibler les réparations.";
  }

  /** A need in French, the language of the authorities who publish it. */
  private static String publishedNeed(String token, String district) {
    Map<String, Object> input = Map.of(
        "title", "Détecter les fuites du réseau d'eau potable du secteur de " + district,
        "problemStatement", needStatement(district),
        "themes", List.of("water"),
        "territory", Map.of("country", "FR", "region", "Bretagne", "municipality", "Démoville"),
        "deadline", "2030-06-30",
        "language", "fr");
    String id = ProjectsApi.createNeed(token, input).then().statusCode(201).extract().path("id");
    as(token).post("/needs/" + id + "/publish").then().statusCode(200);
    return id;
  }

  /** A solution in English: only translation lets the French need and it meet on their words. */
  private static String publishedSolution(String token, String district) {
    Map<String, Object> input = Map.of(
        "title", "Acoustic leak detection for drinking water mains",
        "summary", "Acoustic loggers that locate hidden leaks on drinking water mains before they burst.",
        "description", "Our acoustic loggers are clipped onto valves and listen to the pipes every night. A leak noise"
            + " correlator locates each leak to within a metre and the minimum night flow confirms it. Piloted on the"
            + " cast iron mains of the " + district + " sector, where water losses fell by a third in a year.",
        "themes", List.of("water"),
        "trl", 8,
        "references", List.of("Régie des eaux de " + district),
        "languages", List.of("en", "fr"),
        "coverage", List.of("FR"),
        "language", "en");
    String id = as(token).body(json(input)).post("/solutions").then().statusCode(201).extract().path("id");
    as(token).post("/solutions/" + id + "/publish").then().statusCode(200);
    return id;
  }

  private static Predicate<Map<String, Object>> matching(String kind, String need, String solution) {
    return item -> kind.equals(item.get("kind")) && need.equals(item.get("needId")) && solution.equals(item.get("solutionId"));
  }

  @SuppressWarnings("unchecked")
  private static List<String> conceptIds(Map<String, Object> notification) {
    return ((List<Map<String, Object>>) notification.get("concepts")).stream().map(c -> (String) c.get("id")).toList();
  }

  private static SseClient.Event nextAbout(SseClient stream, String need, Duration limit) throws InterruptedException {
    List<SseClient.Event> events = eventsAbout(stream, need, limit, true);
    assertThat(events).as("a streamed notification about need " + need + " within " + limit).isNotEmpty();
    return events.get(0);
  }

  /** The events about the need that arrive within {@code limit}; the first one only if {@code firstOnly}. */
  private static List<SseClient.Event> eventsAbout(SseClient stream, String need, Duration limit, boolean firstOnly)
      throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    List<SseClient.Event> about = new ArrayList<>();
    long left;
    while ((left = deadline - System.nanoTime()) > 0) {
      SseClient.Event event = stream.next(Duration.ofNanos(left));
      if (event != null && event.data().contains(need)) {
        about.add(event);
        if (firstOnly) {
          break;
        }
      }
    }
    return about;
  }
}
