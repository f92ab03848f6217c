package org.placette.actors.internal.organisation;

import org.placette.actors.internal.territory.TerritoryLevel;

/** The level of a local authority: a town, a grouping of towns, a department, a region. */
public enum AuthorityLevel {
  COMMUNE(TerritoryLevel.COMMUNE),
  INTERCOMMUNALITY(TerritoryLevel.INTERCOMMUNALITY),
  DEPARTMENT(TerritoryLevel.DEPARTMENT),
  REGION(TerritoryLevel.REGION);

  private final TerritoryLevel territoryLevel;

  AuthorityLevel(TerritoryLevel territoryLevel) {
    this.territoryLevel = territoryLevel;
  }

  /** The kind of French territory an authority of this level governs. */
  public TerritoryLevel territoryLevel() {
    return territoryLevel;
  }
}
