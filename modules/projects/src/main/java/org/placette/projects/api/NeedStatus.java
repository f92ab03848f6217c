package org.placette.projects.api;

/** DRAFT → PUBLISHED → CLOSED → AWARDED or CANCELLED; a draft or a published need may also be cancelled. */
public enum NeedStatus {
  DRAFT,
  PUBLISHED,
  CLOSED,
  AWARDED,
  CANCELLED
}
