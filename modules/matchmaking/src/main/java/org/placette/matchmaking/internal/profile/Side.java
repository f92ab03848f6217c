package org.placette.matchmaking.internal.profile;

/** Which side of a match a profile describes. */
public enum Side {
  NEED,
  SOLUTION
}
