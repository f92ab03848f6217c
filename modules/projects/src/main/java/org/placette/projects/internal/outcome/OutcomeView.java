package org.placette.projects.internal.outcome;

import org.placette.projects.internal.common.Versioned;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An outcome and the stages it went through. Public: it is open data. */
@Schema(name = "Outcome")
public record OutcomeView(
    UUID id,
    UUID interestId,
    UUID needId,
    UUID solutionId,
    UUID authorityId,
    UUID startupId,
    OutcomeStage stage,
    String abandonReason,
    List<StepView> steps,
    Instant updatedAt,
    long version) implements Versioned {

  @Schema(name = "OutcomeStep")
  public record StepView(OutcomeStage stage, Instant reachedAt) {}
}
