package org.placette.actors.internal.territory;

/** What to look for among French territories; null means "any". */
public record TerritorySearch(
    String query,
    TerritoryLevel level,
    Integer minPopulation,
    Integer maxPopulation,
    String departmentCode,
    String regionCode,
    int limit) {}
