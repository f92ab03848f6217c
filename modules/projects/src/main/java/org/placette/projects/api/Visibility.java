package org.placette.projects.api;

/** Who may read a published need: anyone, or members of verified organisations only. */
public enum Visibility {
  PUBLIC,
  VERIFIED_MEMBERS
}
