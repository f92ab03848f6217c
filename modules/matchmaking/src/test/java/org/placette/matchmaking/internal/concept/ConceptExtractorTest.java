package org.placette.matchmaking.internal.concept;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.placette.matchmaking.internal.analysis.Language;
import org.placette.matchmaking.internal.analysis.TextAnalyzers;

class ConceptExtractorTest {

  private static TextAnalyzers analyzers;
  private static ConceptExtractor extractor;

  @BeforeAll
  static void build() {
    analyzers = new TextAnalyzers();
    extractor = new ConceptExtractor(ConceptThesaurus.current(), analyzers);
  }

  @AfterAll
  static void close() {
    analyzers.close();
  }

  @Test
  void findsTheSameConceptInEachLanguage() {
    assertThat(ids("Déployer la télérelève des compteurs d'eau", Language.FR)).contains("water.smart-metering");
    assertThat(ids("Rolling out smart metering for water", Language.EN)).contains("water.smart-metering");
    assertThat(ids("Implantar la telelectura de contadores", Language.ES)).contains("water.smart-metering");
  }

  @Test
  void matchesInflectedAndUnaccentedForms() {
    assertThat(ids("Les TELERELEVES seront généralisées", Language.FR)).contains("water.smart-metering");
    assertThat(ids("cartographier les ilots de chaleur urbains", Language.FR)).contains("climate.urban-heat-island");
    assertThat(ids("reducing urban heat islands", Language.EN)).contains("climate.urban-heat-island");
    assertThat(ids("las islas de calor del centro", Language.ES)).contains("climate.urban-heat-island");
  }

  @Test
  void findsMultiWordTermsAcrossStopWords() {
    assertThat(ids("Mettre en place un budget participatif dès 2026", Language.FR))
        .contains("participation.participatory-budget");
    assertThat(ids("Lanzar los presupuestos participativos", Language.ES)).contains("participation.participatory-budget");
    assertThat(ids("réduire la fracture numérique en zone rurale", Language.FR)).contains("inclusion.digital-divide");
    assertThat(ids("Cerrar la brecha digital", Language.ES)).contains("inclusion.digital-divide");
  }

  @Test
  void findsAcronymsOnlyInCapitals() {
    assertThat(ids("La ZFE entrera en vigueur", Language.FR)).contains("mobility.low-emission-zone");
    assertThat(ids("the city's LEZ and ULEZ", Language.EN)).contains("mobility.low-emission-zone");
    assertThat(ids("Ampliar la ZBE", Language.ES)).contains("mobility.low-emission-zone");
    assertThat(ids("She led the LED retrofit", Language.EN)).contains("lighting.led-retrofit");
    assertThat(ids("She led the team", Language.EN)).doesNotContain("lighting.led-retrofit");
  }

  @Test
  void prefersTheLongestTermAtAPosition() {
    assertThat(ids("raccorder les écoles au chauffage urbain", Language.FR))
        .contains("energy.heat-network")
        .doesNotContain("energy.heating-control");
  }

  @Test
  void tellsWaterLeaksFromHeatLeaks() {
    assertThat(ids("Réduire les fuites d'eau du réseau", Language.FR)).contains("water.leak");
    assertThat(ids("Repérer les fuites de chaleur des toitures", Language.FR))
        .contains("energy.heat-loss")
        .doesNotContain("water.leak");
  }

  @Test
  void readsJargonOfAnotherLanguageInMultiWordTermsOnly() {
    assertThat(ids("un projet de smart grid à l'échelle du quartier", Language.FR)).contains("energy.smart-grid");
    assertThat(ids("the red car", Language.EN)).isEmpty();
  }

  @Test
  void countsOccurrencesAndNamesTheMatchedTerms() {
    List<ConceptMatch> matches = extractor.extract("fuite d'eau, puis une autre fuite d'eau et des pertes en eau", Language.FR);

    ConceptMatch leak = matches.stream().filter(m -> m.conceptId().equals("water.leak")).findFirst().orElseThrow();
    assertThat(leak.occurrences()).isEqualTo(3);
    assertThat(leak.theme()).isEqualTo("water");
    // "pertes en eau" and "perte d'eau" analyse alike: the first term written names both.
    assertThat(leak.matchedTerms()).containsExactly("fuite d'eau", "perte d'eau");
  }

  @Test
  void everyTermOfTheThesaurusFindsItsOwnConcept() {
    List<String> lost = new ArrayList<>();
    for (Concept concept : extractor.thesaurus().concepts()) {
      for (Language language : Language.values()) {
        for (String term : concept.terms(language)) {
          List<String> found = ids(term, language);
          if (!found.contains(concept.id())) {
            lost.add(concept.id() + " / " + language.code() + " / " + term + " -> " + found);
          }
        }
      }
    }
    assertThat(lost).as("terms shadowed by another concept's term, or only stop words").isEmpty();
  }

  @Test
  void findsNothingInBlankText() {
    assertThat(extractor.extract(" ", Language.FR)).isEmpty();
  }

  private static List<String> ids(String text, Language language) {
    return extractor.extract(text, language).stream().map(ConceptMatch::conceptId).toList();
  }
}
