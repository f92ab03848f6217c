package org.placette.projects.internal.solution;

/** How a solution is paid for. */
public enum PricingModel {
  SUBSCRIPTION,
  LICENCE,
  PER_USE,
  FIXED_PRICE,
  ON_QUOTE,
  FREE,
  OPEN_SOURCE
}
