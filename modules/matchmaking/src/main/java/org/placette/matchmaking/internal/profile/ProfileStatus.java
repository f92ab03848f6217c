package org.placette.matchmaking.internal.profile;

/** Only published profiles are matched; an archived one keeps its history but leaves the results. */
public enum ProfileStatus {
  PUBLISHED,
  ARCHIVED
}
