package org.placette.actors.api;

import java.time.Instant;

/**
 * Tokens that must stop working before they expire: those of a member who was erased, removed or
 * whose organisation was suspended. Asked on every authenticated request, so it answers from
 * memory.
 */
public interface AccessRevocations {

  /** Whether a token of {@code subject} issued at {@code issuedAt} was revoked since. */
  boolean revoked(String subject, Instant issuedAt);
}
