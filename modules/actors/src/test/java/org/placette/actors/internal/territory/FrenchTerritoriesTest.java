package org.placette.actors.internal.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Against the resource the build generated from @etalab/decoupage-administratif. */
class FrenchTerritoriesTest {

  private static FrenchTerritories territories;

  @BeforeAll
  static void load() {
    territories = FrenchTerritories.load();
  }

  @Test
  void holdsEveryLevel() {
    assertThat(territories.count(TerritoryLevel.REGION)).isBetween(18, 30);
    assertThat(territories.count(TerritoryLevel.DEPARTMENT)).isBetween(100, 110);
    assertThat(territories.count(TerritoryLevel.INTERCOMMUNALITY)).isBetween(1000, 1500);
    assertThat(territories.count(TerritoryLevel.COMMUNE)).isBetween(34000, 36000);
  }

  @Test
  void findsACommuneByInseeCodeWithItsPopulationAndParents() {
    FrenchTerritory niort = territories.find(TerritoryLevel.COMMUNE, "79191").orElseThrow();
    assertThat(niort.name()).isEqualTo("Niort");
    assertThat(niort.population()).isBetween(55_000, 65_000);
    assertThat(niort.medianTown()).isTrue();
    assertThat(territories.parents(niort)).extracting(FrenchTerritory::level, FrenchTerritory::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(TerritoryLevel.INTERCOMMUNALITY, "200041317"),
            org.assertj.core.groups.Tuple.tuple(TerritoryLevel.DEPARTMENT, "79"),
            org.assertj.core.groups.Tuple.tuple(TerritoryLevel.REGION, "75"));
  }

  @Test
  void anUnknownCodeIsNotFound() {
    assertThat(territories.find(TerritoryLevel.COMMUNE, "99999")).isEmpty();
    assertThat(territories.find(TerritoryLevel.DEPARTMENT, "79191")).isEmpty();
  }

  @Test
  void searchIgnoresAccentsCaseAndHyphens() {
    List<FrenchTerritory> found = territories.search(
        new TerritorySearch("saint etienne", TerritoryLevel.COMMUNE, null, null, "42", null, 5));
    assertThat(found).extracting(FrenchTerritory::name).first().isEqualTo("Saint-Étienne");
  }

  @Test
  void villesMedianesAreCommunesOfTwentyToOneHundredThousandPeople() {
    List<FrenchTerritory> median = territories.search(new TerritorySearch(null, TerritoryLevel.COMMUNE,
        FrenchTerritory.MEDIAN_TOWN_MIN, FrenchTerritory.MEDIAN_TOWN_MAX, "79", null, 50));
    assertThat(median).extracting(FrenchTerritory::code).contains("79191");
    assertThat(median).allSatisfy(t -> assertThat(t.medianTown()).isTrue());
    assertThat(territories.find(TerritoryLevel.COMMUNE, "75056").orElseThrow().medianTown()).isFalse();
  }

  @Test
  void isoListsKnowCountriesAndTheirSubdivisions() {
    Iso3166 iso = Iso3166.load();
    assertThat(iso.country("MA")).hasValueSatisfying(c -> assertThat(c.name()).isEqualTo("Morocco"));
    assertThat(iso.country("XX")).isEmpty();
    assertThat(iso.subdivisionsOf("BE")).extracting(Iso3166.Subdivision::code).contains("BE-BRU", "BE-VLG");
  }
}
