package org.placette.projects.internal.call;

/** A call takes needs while OPEN; CLOSED is final. */
public enum CallStatus {
  OPEN,
  CLOSED
}
