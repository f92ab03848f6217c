package org.placette.projects.internal.outcome;

/** What a selected pairing became: contacted → pilot → contract → deployed, or abandoned on the way. */
public enum OutcomeStage {
  CONTACTED,
  PILOT,
  CONTRACT,
  DEPLOYED,
  ABANDONED;

  boolean terminal() {
    return this == DEPLOYED || this == ABANDONED;
  }
}
