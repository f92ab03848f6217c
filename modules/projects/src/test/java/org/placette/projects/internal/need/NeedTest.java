package org.placette.projects.internal.need;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placette.kernel.problem.Problem;
import org.placette.projects.api.NeedStatus;
import org.placette.projects.api.Visibility;

class NeedTest {

  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
  private static final LocalDate TODAY = LocalDate.parse("2026-11-22");

  private static NeedContent content(String statement, LocalDate deadline) {
    return new NeedContent("Covoiturage", statement, null, null, null, List.of("mobility"),
        new Territory("FR", "Nouvelle-Aquitaine", "Niort", null, null), PopulationBand.MEDIUM, null, 60_000L, "EUR",
        deadline, Visibility.PUBLIC, null);
  }

  private static Need draft() {
    return new Need(UUID.randomUUID(), UUID.randomUUID(), content("Les salariés viennent seuls en voiture.", TODAY.plusDays(30)),
        "fr", false, NOW);
  }

  private static int status(Throwable thrown) {
    return ((Problem) thrown).status();
  }

  @Test
  void goesFromDraftToAwardedThroughPublishedAndClosed() {
    Need need = draft();
    need.publish(TODAY, NOW);
    need.close(NOW);
    need.award(NOW);
    assertThat(need.status()).isEqualTo(NeedStatus.AWARDED);
    assertThat(need.facts().publishedAt()).isEqualTo(NOW);
  }

  @Test
  void refusesToAwardAnOpenNeed() {
    Need need = draft();
    need.publish(TODAY, NOW);
    assertThatThrownBy(() -> need.award(NOW)).satisfies(e -> assertThat(status(e)).isEqualTo(409));
  }

  @Test
  void refusesToPublishTwice() {
    Need need = draft();
    need.publish(TODAY, NOW);
    assertThatThrownBy(() -> need.publish(TODAY, NOW)).hasMessageContaining("PUBLISHED cannot be published");
  }

  @Test
  void rejectsPublishingWithPastDeadline() {
    Need need = new Need(UUID.randomUUID(), UUID.randomUUID(),
        content("Les salariés viennent seuls en voiture.", TODAY.minusDays(1)), "fr", false, NOW);
    assertThatThrownBy(() -> need.publish(TODAY, NOW)).hasMessageContaining("is past");
  }

  @Test
  void keepsThePublishedProblemStatementOutOfPlainEdits() {
    Need need = draft();
    need.publish(TODAY, NOW);
    assertThatThrownBy(() -> need.update(content("Un tout autre énoncé du problème.", null), "fr", false, NOW))
        .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.slug()).isEqualTo("revision-required"));
  }

  @Test
  void numbersRevisionsOfAPublishedNeed() {
    Need need = draft();
    need.publish(TODAY, NOW);
    NeedRevision second = need.revise("Les salariés postés viennent seuls en voiture.", "horaires", "sub", NOW);
    assertThat(second.view().number()).isEqualTo(2);
    assertThat(need.facts().revision()).isEqualTo(2);
    assertThat(need.facts().problemStatement()).isEqualTo("Les salariés postés viennent seuls en voiture.");
  }

  @Test
  void tellsWhatItWasWhenCancelled() {
    Need draft = draft();
    assertThat(draft.cancel("budget", NOW)).isEqualTo(NeedStatus.DRAFT);
    Need published = draft();
    published.publish(TODAY, NOW);
    assertThat(published.cancel(null, NOW)).isEqualTo(NeedStatus.PUBLISHED);
    assertThatThrownBy(() -> published.cancel(null, NOW)).isInstanceOf(Problem.class);
  }

  @Test
  void bandsPopulations() {
    assertThat(PopulationBand.of(5_000)).isEqualTo(PopulationBand.SMALL);
    assertThat(PopulationBand.of(59_500)).isEqualTo(PopulationBand.MEDIUM);
    assertThat(PopulationBand.of(157_000)).isEqualTo(PopulationBand.LARGE);
    assertThat(PopulationBand.of(2_573_000)).isEqualTo(PopulationBand.METROPOLIS);
  }
}
