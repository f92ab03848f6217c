package org.placette.actors.internal.member;

/** Where a member's account stands. */
public enum MemberStatus {
  /** Registered with an organisation that is not verified yet: no Keycloak account so far. */
  PENDING,
  /** Has a Keycloak account (which may still wait for its email check and first password). */
  ACTIVE,
  /** Removed or erased: the personal fields are gone, the row keeps what they wrote attributable to the organisation. */
  ERASED
}
