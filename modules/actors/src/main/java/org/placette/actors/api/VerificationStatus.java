package org.placette.actors.api;

/** PENDING → VERIFIED or REJECTED; VERIFIED → SUSPENDED → VERIFIED. */
public enum VerificationStatus {
  PENDING,
  VERIFIED,
  REJECTED,
  SUSPENDED
}
