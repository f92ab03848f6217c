package org.placette.projects.internal.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placette.kernel.problem.Problem;

class OutcomeTest {

  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

  private static Outcome outcome() {
    return new Outcome(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
        UUID.randomUUID(), NOW);
  }

  @Test
  void movesForwardAndRemembersEachStage() {
    Outcome outcome = outcome();
    outcome.advance(OutcomeStage.PILOT, null, NOW);
    outcome.advance(OutcomeStage.DEPLOYED, null, NOW);
    assertThat(outcome.view().steps()).extracting(OutcomeView.StepView::stage)
        .containsExactly(OutcomeStage.CONTACTED, OutcomeStage.PILOT, OutcomeStage.DEPLOYED);
  }

  @Test
  void neverMovesBackwards() {
    Outcome outcome = outcome();
    outcome.advance(OutcomeStage.CONTRACT, null, NOW);
    assertThatThrownBy(() -> outcome.advance(OutcomeStage.PILOT, null, NOW))
        .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.status()).isEqualTo(409));
  }

  @Test
  void abandoningNeedsAReasonAndEndsIt() {
    Outcome outcome = outcome();
    assertThatThrownBy(() -> outcome.advance(OutcomeStage.ABANDONED, null, NOW))
        .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.status()).isEqualTo(400));
    outcome.advance(OutcomeStage.ABANDONED, "budget cut", NOW);
    assertThat(outcome.view().abandonReason()).isEqualTo("budget cut");
    assertThatThrownBy(() -> outcome.advance(OutcomeStage.DEPLOYED, null, NOW)).isInstanceOf(Problem.class);
  }
}
