package org.placette.notifications.internal.preference;

/** When a member's emails go out: one per notification, or grouped in a daily or weekly digest. */
public enum Frequency {
  IMMEDIATE,
  DAILY,
  WEEKLY
}
