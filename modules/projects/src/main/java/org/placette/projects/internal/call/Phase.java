package org.placette.projects.internal.call;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** One phase of a call, from its first to its last day. */
@Embeddable
public class Phase {

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PhaseKind kind;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @Column(name = "ends_on", nullable = false)
  private LocalDate endsOn;

  protected Phase() {}

  Phase(PhaseKind kind, LocalDate startsOn, LocalDate endsOn) {
    if (endsOn.isBefore(startsOn)) {
      throw new IllegalArgumentException("A phase ends on or after its start");
    }
    this.kind = kind;
    this.startsOn = startsOn;
    this.endsOn = endsOn;
  }

  PhaseKind kind() {
    return kind;
  }

  boolean covers(LocalDate day) {
    return !day.isBefore(startsOn) && !day.isAfter(endsOn);
  }

  CallView.PhaseView view() {
    return new CallView.PhaseView(kind, startsOn, endsOn);
  }
}
