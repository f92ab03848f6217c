package org.placette.actors.internal.territory;

import java.util.List;

/** A French territory as the API shows it, with the chain of territories above it. */
public record TerritoryView(
    TerritoryLevel level,
    String code,
    String name,
    int population,
    boolean medianTown,
    List<TerritoryRef> parents) {

  /** A territory named by level, code and name. */
  public record TerritoryRef(TerritoryLevel level, String code, String name) {}

  static TerritoryView of(FrenchTerritory territory, List<FrenchTerritory> parents) {
    return new TerritoryView(territory.level(), territory.code(), territory.name(), territory.population(),
        territory.medianTown(), parents.stream().map(p -> new TerritoryRef(p.level(), p.code(), p.name())).toList());
  }
}
