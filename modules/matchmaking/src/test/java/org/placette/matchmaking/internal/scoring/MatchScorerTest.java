package org.placette.matchmaking.internal.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.placette.matchmaking.internal.analysis.Language;
import org.placette.matchmaking.internal.analysis.TextAnalyzers;
import org.placette.matchmaking.internal.concept.ConceptExtractor;
import org.placette.matchmaking.internal.concept.ConceptThesaurus;

/** The scorer over a small raw-Lucene index of hand-written solutions (translations written out). */
class MatchScorerTest {

  private static TextAnalyzers analyzers;
  private static ProfileFactory factory;
  private static Map<String, ScoringProfile> solutions;
  private static LuceneCandidateIndex index;

  @BeforeAll
  static void index() {
    analyzers = new TextAnalyzers();
    factory = new ProfileFactory(new ConceptExtractor(ConceptThesaurus.current(), analyzers), analyzers);
    solutions = new LinkedHashMap<>();
    add("acoustic", "FR", "Occitanie", 8, Language.FR,
        "Détection acoustique des fuites d'eau", "Des capteurs acoustiques posés sur le réseau d'eau potable localisent les fuites.",
        Language.EN, "Acoustic detection of water leaks", "Acoustic sensors on the drinking water network locate leaks.");
    add("roofs", "FR", "Occitanie", 7, Language.FR,
        "Thermographie des toitures", "Repérer les fuites de chaleur des toitures et les ponts thermiques des écoles.",
        Language.EN, "Roof thermography", "Find heat losses of roofs and thermal bridges of schools.");
    add("loggers", "GB", "Wales", 9, Language.EN,
        "Leak detection for water mains", "Noise loggers find leaks on water mains and cut non-revenue water.",
        Language.FR, "Détection de fuites pour conduites d'eau", "Des enregistreurs trouvent les fuites sur les conduites d'eau.");
    add("zbe", "ES", "Cataluña", 6, Language.ES,
        "Control de la ZBE", "Cámaras para el control de acceso de vehículos a la zona de bajas emisiones.",
        null, null, null);
    add("bins", "FR", "Bretagne", 8, Language.FR,
        "Capteurs de remplissage des conteneurs à verre", "Optimiser les tournées de collecte du verre.",
        Language.EN, "Fill level sensors for glass containers", "Optimise glass collection rounds.");
    add("budget", "FR", "Bretagne", 8, Language.FR,
        "Budget participatif en ligne", "Dépôt de projets citoyens et vote des habitants.",
        Language.EN, "Online participatory budgeting", "Citizen projects and residents vote.");
    index = new LuceneCandidateIndex(solutions.values(), analyzers);
  }

  @AfterAll
  static void close() {
    index.close();
    analyzers.close();
  }

  @Test
  void ranksSolutionsToTheNeedAboveThoseThatOnlyShareWords() {
    List<ScoredCandidate> ranked = scorer(ScorerSettings.defaults()).score(
        need("Réduire les fuites sur le réseau d'eau potable", "Notre réseau d'eau potable perd un quart de l'eau en fuites."),
        10);

    List<String> ids = ranked.stream().map(ScoredCandidate::id).toList();
    assertThat(ids).hasSizeGreaterThanOrEqualTo(2);
    assertThat(ids.subList(0, 2)).containsExactlyInAnyOrder("acoustic", "loggers");
  }

  @Test
  void findsASolutionInAnotherLanguageThroughItsConceptsAlone() {
    List<ScoredCandidate> ranked = scorer(ScorerSettings.defaults()).score(
        need("Préparer la ZFE", "La métropole met en place sa zone à faibles émissions."), 10);

    assertThat(ranked).isNotEmpty();
    assertThat(ranked.get(0).id()).isEqualTo("zbe");
    assertThat(ranked.get(0).explanation().sharedConcepts()).contains("mobility.low-emission-zone");
  }

  @Test
  void scoresAnItemThatNamesNoConceptWithTheFeedbackPassOn() {
    ScoringProfile need = need("Toitures", "Les toitures des écoles vieillissent.");
    assertThat(need.concepts()).isEmpty();
    assertThat(ScorerSettings.defaults().feedbackDocuments()).isPositive();

    List<ScoredCandidate> ranked = scorer(ScorerSettings.defaults()).score(need, 10);

    assertThat(ranked).isNotEmpty();
  }

  @Test
  void explainsTheTermsConceptsAndEachFactorsShare() {
    ScoredCandidate best = scorer(ScorerSettings.defaults()).score(
        need("Réduire les fuites d'eau", "Les fuites d'eau du réseau d'eau potable coûtent cher."), 1).get(0);

    MatchExplanation explanation = best.explanation();
    // "fuit" is in half of this tiny index, too common to be chosen; "potabl" is rarer.
    assertThat(explanation.matchedTerms()).contains("fr:potabl");
    assertThat(explanation.sharedConcepts()).contains("water.leak");
    assertThat(explanation.factorShares().keySet())
        .containsExactlyInAnyOrder(MatchScorer.TEXT, MatchScorer.CONCEPTS, MatchScorer.THEMES, MatchScorer.TERRITORY,
            MatchScorer.MATURITY);
    assertThat(explanation.factorShares().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-9));
    assertThat(best.score()).isBetween(0, 100);
  }

  @Test
  void namesTheStrongestMatchedTermsFirstTheOriginalsBeforeTheirTranslationsAndNoMoreThanADozen() {
    ScoringProfile need = factory.profile("need", Map.of(
        Language.FR, new ProfileText(Language.FR, "Détection acoustique des fuites d'eau potable",
            "Des capteurs acoustiques posés sur le réseau d'eau potable localisent les fuites des conduites.", true),
        Language.EN, new ProfileText(Language.EN, "Acoustic detection of drinking water leaks",
            "Acoustic sensors placed on the drinking water network locate the leaks of the mains.", false)),
        "FR", "Occitanie", null);

    ScoredCandidate acoustic = scorer(ScorerSettings.defaults()).score(need, 10).stream()
        .filter(candidate -> candidate.id().equals("acoustic")).findFirst().orElseThrow();

    List<String> terms = acoustic.explanation().matchedTerms();
    assertThat(terms).hasSizeBetween(2, MatchExplanation.MAX_MATCHED_TERMS).doesNotHaveDuplicates();
    assertThat(terms.get(0)).startsWith("fr:");
    assertThat(terms).anyMatch(term -> term.startsWith("en:"));
  }

  @Test
  void prefersTheSameRegionWhenTerritoryWeighs() {
    ScorerSettings d = ScorerSettings.defaults();
    var territorial = new ScorerSettings(d.termsPerLanguage(), d.translatedQueryWeight(), d.maxDocumentShare(), d.candidates(),
        0.0, 0.0, 0.0, 1.0, 0.0, d.textExponent(), d.titleFieldBoost(), d.cosineShare(), 0, 0, d.languageCalibration(),
        d.pairLanguagesOnly());
    ScoringProfile need = factory.profile("need", Map.of(Language.FR,
        new ProfileText(Language.FR, "Collecte du verre", "Optimiser les tournées de collecte du verre et le budget participatif.", true)),
        "FR", "Bretagne", null);

    List<ScoredCandidate> ranked = scorer(territorial).score(need, 10);

    assertThat(ranked.get(0).value()).isEqualTo(1.0);
    assertThat(ranked.stream().filter(c -> c.value() == 1.0).map(ScoredCandidate::id)).allMatch(id -> List.of("bins", "budget").contains(id));
  }

  @Test
  void answersNothingForAnItemWithoutKnownWordsOrConcepts() {
    assertThat(scorer(ScorerSettings.defaults()).score(need("Zzyzx", "Qwxv plorbt."), 10)).isEmpty();
  }

  @Test
  void keepsScoresWithinZeroToAHundredWhenTheIndexStillCountsReplacedDocuments() {
    // Lucene counts a document's replaced versions until its segments merge: water.leak seems to
    // be in more documents than there are, as after every solution was translated and reindexed.
    CandidateIndex unmerged = new TestIndex() {
      @Override
      public int documentFrequency(String field, String term) {
        int df = index.documentFrequency(field, term);
        return field.equals(IndexFields.CONCEPTS) && term.equals("water.leak") ? df + 3 * index.documentCount() : df;
      }
    };
    MatchScorer scorer = scorer(unmerged, ScorerSettings.defaults());

    List<ScoredCandidate> ranked = scorer.score(
        need("Réduire les fuites d'eau", "Les fuites d'eau du réseau d'eau potable coûtent cher."), 10);

    assertThat(ranked).isNotEmpty().allSatisfy(candidate -> assertThat(candidate.score()).isBetween(0, 100));
  }

  @Test
  void keepsACandidatesWeightsWhileTheIndexStatisticsStayTheSame() {
    var counting = new TestIndex() {
      Object version = new Object();
      int frequenciesAsked;

      @Override
      public int documentFrequency(String field, String term) {
        frequenciesAsked++;
        return index.documentFrequency(field, term);
      }

      @Override
      public Object statisticsVersion() {
        return version;
      }
    };
    MatchScorer scorer = scorer(counting, ScorerSettings.defaults());
    ScoringProfile need = need("Réduire les fuites d'eau", "Les fuites d'eau du réseau d'eau potable coûtent cher.");
    List<ScoredCandidate> afresh = scorer(ScorerSettings.defaults()).score(need, 10);

    List<ScoredCandidate> first = scorer.score(need, 10);
    int weighing = counting.frequenciesAsked;
    counting.frequenciesAsked = 0;
    List<ScoredCandidate> kept = scorer.score(need, 10);
    int reusing = counting.frequenciesAsked;
    counting.version = new Object();
    counting.frequenciesAsked = 0;
    scorer.score(need, 10);

    assertThat(reusing).isLessThan(weighing);
    assertThat(counting.frequenciesAsked).isEqualTo(weighing);
    assertThat(kept).extracting(ScoredCandidate::id).containsExactlyElementsOf(afresh.stream().map(ScoredCandidate::id).toList());
    assertThat(first).extracting(ScoredCandidate::score).containsExactlyElementsOf(kept.stream().map(ScoredCandidate::score).toList());
    assertThat(kept).extracting(ScoredCandidate::score).containsExactlyElementsOf(afresh.stream().map(ScoredCandidate::score).toList());
  }

  @Test
  void neverMatchesAnItemWithItself() {
    ScoringProfile itself = solutions.get("bins");

    assertThat(scorer(ScorerSettings.defaults()).score(itself, 10)).extracting(ScoredCandidate::id).doesNotContain("bins");
  }

  private static MatchScorer scorer(ScorerSettings settings) {
    return scorer(index, settings);
  }

  private static MatchScorer scorer(CandidateIndex over, ScorerSettings settings) {
    return new MatchScorer(over,
        ids -> ids.stream().filter(solutions::containsKey).collect(Collectors.toMap(id -> id, solutions::get)), settings);
  }

  /** The test index, for tests that change how one of its answers is given. */
  private abstract static class TestIndex implements CandidateIndex {
    @Override
    public int documentCount() {
      return index.documentCount();
    }

    @Override
    public int documentFrequency(String field, String term) {
      return index.documentFrequency(field, term);
    }

    @Override
    public List<TextHit> search(List<QueryClause> clauses, int limit) {
      return index.search(clauses, limit);
    }
  }

  private static ScoringProfile need(String title, String body) {
    return factory.profile("need", Map.of(Language.FR, new ProfileText(Language.FR, title, body, true)), "FR", "Occitanie", null);
  }

  private static void add(String id, String country, String region, int trl, Language original, String title, String body,
      Language translated, String translatedTitle, String translatedBody) {
    Map<Language, ProfileText> texts = new EnumMap<>(Language.class);
    texts.put(original, new ProfileText(original, title, body, true));
    if (translated != null) {
      texts.put(translated, new ProfileText(translated, translatedTitle, translatedBody, false));
    }
    solutions.put(id, factory.profile(id, texts, country, region, trl));
  }
}
