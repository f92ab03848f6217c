package org.placette.actors.internal.organisation;

import org.placette.actors.api.VerificationStatus;

/**
 * What a platform admin decides about an organisation, and the one status each decision may start
 * from: PENDING → VERIFIED or REJECTED; VERIFIED → SUSPENDED → VERIFIED.
 */
public enum Decision {
  VERIFY(VerificationStatus.PENDING, VerificationStatus.VERIFIED),
  REJECT(VerificationStatus.PENDING, VerificationStatus.REJECTED),
  SUSPEND(VerificationStatus.VERIFIED, VerificationStatus.SUSPENDED),
  REINSTATE(VerificationStatus.SUSPENDED, VerificationStatus.VERIFIED);

  private final VerificationStatus from;
  private final VerificationStatus to;

  Decision(VerificationStatus from, VerificationStatus to) {
    this.from = from;
    this.to = to;
  }

  public boolean appliesTo(VerificationStatus current) {
    return current == from;
  }

  public VerificationStatus from() {
    return from;
  }

  public VerificationStatus outcome() {
    return to;
  }

  /** Rejection and suspension must say why: the organisation is told. */
  public boolean needsReason() {
    return this == REJECT || this == SUSPEND;
  }
}
