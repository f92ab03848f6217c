package org.placette.projects.api;

/** DRAFT → PUBLISHED → ARCHIVED; a draft may be archived without ever being published. */
public enum SolutionStatus {
  DRAFT,
  PUBLISHED,
  ARCHIVED
}
