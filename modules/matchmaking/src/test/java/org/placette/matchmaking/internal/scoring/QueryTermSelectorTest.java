package org.placette.matchmaking.internal.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.placette.matchmaking.internal.analysis.Language;

class QueryTermSelectorTest {

  /** Term statistics of an imaginary 100-document French field. */
  private static final CandidateIndex STATISTICS = new CandidateIndex() {
    private final Map<String, Integer> frequencies = Map.of("fuit", 3, "reseau", 40, "eau", 20, "potabl", 5, "2026", 2);

    @Override
    public int documentCount() {
      return 100;
    }

    @Override
    public int documentFrequency(String field, String term) {
      return field.equals(IndexFields.text(Language.FR)) ? frequencies.getOrDefault(term, 0) : 0;
    }

    @Override
    public List<TextHit> search(List<QueryClause> clauses, int limit) {
      return List.of();
    }
  };

  @Test
  void keepsTheRareRepeatedTermsAndDropsUnknownCommonAndNumericOnes() {
    var settings = ScorerSettings.defaults();
    List<QueryTermSelector.WeightedTerm> chosen = new QueryTermSelector().select(Language.FR,
        Map.of("fuit", 4.0, "reseau", 6.0, "eau", 3.0, "potabl", 1.0, "inconnu", 5.0, "2026", 2.0), STATISTICS, settings);

    assertThat(chosen).extracting(QueryTermSelector.WeightedTerm::term).containsExactly("fuit", "eau", "potabl");
  }

  @Test
  void keepsNoMoreThanTheConfiguredNumberOfTerms() {
    var d = ScorerSettings.defaults();
    var two = new ScorerSettings(2, d.translatedQueryWeight(), d.maxDocumentShare(), d.candidates(), d.textWeight(),
        d.conceptWeight(), d.themeWeight(), d.territoryWeight(), d.maturityWeight(), d.textExponent(), d.titleFieldBoost(),
        d.cosineShare(), d.feedbackDocuments(), d.feedbackWeight(), d.languageCalibration(), d.pairLanguagesOnly());

    assertThat(new QueryTermSelector().select(Language.FR, Map.of("fuit", 1.0, "eau", 1.0, "potabl", 1.0), STATISTICS, two))
        .hasSize(2);
  }
}
