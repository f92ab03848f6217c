package org.placette.projects.api;

/** SUBMITTED → SHORTLISTED → SELECTED or DECLINED; a submitted one may be selected or declined at once. */
public enum InterestStatus {
  SUBMITTED,
  SHORTLISTED,
  DECLINED,
  SELECTED
}
