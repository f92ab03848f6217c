package org.placette.matchmaking.internal.profile;

/** Where a profile's machine translations stand. */
public enum TranslationState {
  /** Only the original is there yet: matchable in its own language. */
  PENDING,
  /** Every other language is there. */
  TRANSLATED,
  /** Apertium lacked a language pair: some languages are missing until it is installed. */
  DEGRADED
}
