package org.placette.app.matchmaking;

import static org.placette.app.projects.ProjectsApi.admin;
import static org.placette.app.projects.ProjectsApi.as;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * The matchmaking pipeline's backlog, which tests wait on: what they check is computed
 * asynchronously, after whatever the other tests published before.
 */
public final class MatchmakingBacklog {

  /** How long the backlog may stay the same size before the pipeline counts as stuck. */
  private static final Duration STALL = Duration.ofMinutes(3);
  private static final Duration REPORT_EVERY = Duration.ofSeconds(5);

  private MatchmakingBacklog() {}

  /**
   * Waits until nothing is left to translate or score, refreshes of candidates included. How long
   * that takes depends on the machine and on what other tests wrote, so it fails only when the
   * backlog stops shrinking.
   */
  public static void awaitEmpty() {
    awaitEmpty(pending -> {});
  }

  /** The same, telling {@code progress} what is pending every {@link #REPORT_EVERY}, for the benches. */
  public static void awaitEmpty(Consumer<String> progress) {
    long lastProgress = System.nanoTime();
    long lastReport = System.nanoTime();
    long fewestTranslations = Long.MAX_VALUE;
    long fewestMatches = Long.MAX_VALUE;
    JsonPath status;
    do {
      status = as(admin()).get("/admin/matchmaking").then().statusCode(200).extract().jsonPath();
      long translations = status.getLong("translationsPending");
      long matches = status.getLong("matchesPending");
      if (translations == 0 && matches == 0) {
        return;
      }
      if (translations < fewestTranslations || matches < fewestMatches) {
        fewestTranslations = Math.min(fewestTranslations, translations);
        fewestMatches = Math.min(fewestMatches, matches);
        lastProgress = System.nanoTime();
      }
      if (System.nanoTime() - lastReport > REPORT_EVERY.toNanos()) {
        progress.accept(translations + " translations, " + matches + " match computations pending");
        lastReport = System.nanoTime();
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw new AssertionError("Interrupted while waiting for matchmaking", interrupted);
      }
    } while (System.nanoTime() - lastProgress < STALL.toNanos());
    throw new AssertionError("Matchmaking's backlog stopped shrinking for " + STALL + ": " + status.prettify() + "\n"
        + ServerThreads.dumpPlacetteThreads());
  }
}
