package org.placette.projects.internal.call;

import org.placette.projects.internal.common.Versioned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A call for solutions as the API shows it; {@code currentPhase} is the phase today falls in, if any. */
@Schema(name = "CallForSolutions")
public record CallView(
    UUID id,
    UUID ownerId,
    String title,
    String description,
    CallStatus status,
    PhaseKind currentPhase,
    List<PhaseView> phases,
    Instant createdAt,
    Instant updatedAt,
    long version) implements Versioned {

  @Schema(name = "Phase")
  public record PhaseView(PhaseKind kind, LocalDate startsOn, LocalDate endsOn) {}
}
