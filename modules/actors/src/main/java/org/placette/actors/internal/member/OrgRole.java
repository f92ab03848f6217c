package org.placette.actors.internal.member;

/** A member's role inside their organisation, kept by Placette (the realm role comes from the kind). */
public enum OrgRole {
  /** Invites, removes and promotes colleagues. */
  ORG_ADMIN,
  MEMBER
}
