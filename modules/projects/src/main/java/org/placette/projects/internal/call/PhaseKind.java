package org.placette.projects.internal.call;

/** The phases of a call for solutions, in their order. */
public enum PhaseKind {
  SHARE_NEEDS,
  IMAGINE_SOLUTIONS,
  BUILD
}
