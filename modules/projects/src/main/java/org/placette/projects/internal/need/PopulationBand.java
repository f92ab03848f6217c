package org.placette.projects.internal.need;

/** The size of the population a need concerns, in the bands local authorities compare themselves by. */
public enum PopulationBand {
  /** Under 20,000 inhabitants. */
  SMALL,
  /** 20,000 to 100,000: the "villes médianes". */
  MEDIUM,
  /** 100,000 to 500,000. */
  LARGE,
  /** Over 500,000. */
  METROPOLIS;

  public static PopulationBand of(int population) {
    if (population < 20_000) {
      return SMALL;
    }
    if (population < 100_000) {
      return MEDIUM;
    }
    return population < 500_000 ? LARGE : METROPOLIS;
  }
}
