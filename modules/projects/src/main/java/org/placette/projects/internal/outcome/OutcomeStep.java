package org.placette.projects.internal.outcome;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** A stage an outcome reached, and when. */
@Embeddable
public class OutcomeStep {

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private OutcomeStage stage;

  @Column(name = "reached_at", nullable = false)
  private Instant reachedAt;

  protected OutcomeStep() {}

  OutcomeStep(OutcomeStage stage, Instant reachedAt) {
    this.stage = stage;
    this.reachedAt = reachedAt;
  }

  OutcomeView.StepView view() {
    return new OutcomeView.StepView(stage, reachedAt);
  }
}
