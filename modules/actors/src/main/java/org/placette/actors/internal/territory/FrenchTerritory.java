package org.placette.actors.internal.territory;

import java.util.List;

/**
 * A French territory as INSEE codes it ({@code code}: the commune or department or region code,
 * the SIREN for an intercommunality), with its population and the codes of the territories above
 * it. An intercommunality may straddle departments, hence the list.
 */
public record FrenchTerritory(
    TerritoryLevel level,
    String code,
    String name,
    int population,
    String intercommunalityCode,
    List<String> departmentCodes,
    String regionCode) {

  /** The "villes médianes" of the consultation: towns of 20,000 to 100,000 people. */
  public static final int MEDIAN_TOWN_MIN = 20_000;

  public static final int MEDIAN_TOWN_MAX = 100_000;

  public FrenchTerritory {
    departmentCodes = List.copyOf(departmentCodes);
  }

  public boolean medianTown() {
    return level == TerritoryLevel.COMMUNE && population >= MEDIAN_TOWN_MIN && population <= MEDIAN_TOWN_MAX;
  }
}
