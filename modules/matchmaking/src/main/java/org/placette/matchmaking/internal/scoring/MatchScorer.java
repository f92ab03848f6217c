package org.placette.matchmaking.internal.scoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.placette.matchmaking.internal.analysis.Language;

/**
 * Scores the candidates of the other side for one item (need → solutions, or solution → needs),
 * in two steps. Retrieval: a BM25 query of the item's chosen terms, each language version against
 * that language's field, and a query of its concepts, each keeping its best candidates. Scoring:
 * each candidate gets factors in [0, 1] (text relevance relative to the best candidate, concept
 * overlap weighted by concept rarity, theme overlap, territory fit, maturity) combined by the
 * weights of {@link ScorerSettings}. Pure Java over {@link CandidateIndex}; thread-safe.
 */
public final class MatchScorer {

  public static final String TEXT = "text";
  public static final String CONCEPTS = "concepts";
  public static final String THEMES = "themes";
  public static final String TERRITORY = "territory";
  public static final String MATURITY = "maturity";

  private final CandidateIndex index;
  private final Function<Collection<String>, Map<String, ScoringProfile>> profiles;
  private final QueryTermSelector selector = new QueryTermSelector();
  private final ScorerSettings settings;

  /**
   * @param profiles loads the profiles of candidates by id (those it cannot find are skipped)
   */
  public MatchScorer(CandidateIndex index, Function<Collection<String>, Map<String, ScoringProfile>> profiles,
      ScorerSettings settings) {
    this.index = Objects.requireNonNull(index, "index");
    this.profiles = Objects.requireNonNull(profiles, "profiles");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  public List<ScoredCandidate> score(ScoringProfile item, int limit) {
    index.prefetch(termsByField(List.of(item)));
    List<QueryTerm> terms = queryTerms(item, chooseTerms(item));
    // Each retrieval brings at least as many candidates as asked for, so a long list is complete.
    int depth = Math.max(settings.candidates(), limit);
    Map<String, Float> textScores = new HashMap<>();
    float bestText = 0;
    for (CandidateIndex.TextHit hit : index.search(textClauses(terms), depth)) {
      textScores.put(hit.id(), hit.score());
      bestText = Math.max(bestText, hit.score());
    }
    Set<String> candidateIds = new LinkedHashSet<>(textScores.keySet());
    Map<String, Double> conceptWeights = conceptWeights(item.concepts());
    if (!conceptWeights.isEmpty()) {
      for (CandidateIndex.TextHit hit : index.search(conceptClauses(item), depth)) {
        candidateIds.add(hit.id());
      }
    }
    candidateIds.remove(item.id());
    Map<String, ScoringProfile> candidates = profiles.apply(candidateIds);
    List<ScoringProfile> pool = candidateIds.stream().map(candidates::get).filter(Objects::nonNull).toList();
    Object statistics = index.statisticsVersion();
    index.prefetch(termsByField(pool.stream().filter(candidate -> !candidate.weighedUnder(statistics)).toList()));
    Map<String, Map<String, Integer>> documentFrequencies = new HashMap<>();
    Map<String, CandidateWeights> weighed = new HashMap<>();
    Function<ScoringProfile, CandidateWeights> weightsOf = candidate -> weighed.computeIfAbsent(candidate.id(),
        id -> candidate.weights(statistics, () -> new CandidateWeights(vector(candidate, documentFrequencies),
            conceptWeights(candidate.concepts()))));
    Vector itemVector = unitPerLanguage(vector(item, documentFrequencies));

    List<Scored> scored = rank(item, pool, itemVector, conceptWeights, textScores, bestText, weightsOf);
    if (settings.feedbackDocuments() > 0 && !scored.isEmpty()) {
      // Pseudo-relevance feedback: the best first-pass candidates say, in every language, what
      // candidates that fit this item look like; the second pass rewards resembling them too.
      List<ScoringProfile> top = scored.stream().limit(settings.feedbackDocuments()).map(Scored::candidate).toList();
      Vector expandedVector = new Vector();
      itemVector.forEach((language, weights) -> expandedVector.put(language, new HashMap<>(weights)));
      Map<String, Double> expandedConcepts = normalized(conceptWeights);
      double share = settings.feedbackWeight() / top.size();
      for (ScoringProfile feedback : top) {
        CandidateWeights weights = weightsOf.apply(feedback);
        weights.forEachTerm((language, term, weight) ->
            expandedVector.computeIfAbsent(language, any -> new HashMap<>()).merge(term, share * weight, Double::sum));
        normalized(weights.concepts()).forEach((concept, weight) ->
            expandedConcepts.merge(concept, share * weight, Double::sum));
      }
      scored = rank(item, pool, unitPerLanguage(expandedVector), expandedConcepts, textScores, bestText, weightsOf);
    }
    List<QueryTerm> strongestFirst = terms.stream()
        .sorted(Comparator.comparingDouble(QueryTerm::boost).reversed().thenComparing(QueryTerm::label)).toList();
    List<String> itemConcepts = item.concepts().keySet().stream().sorted().toList();
    List<ScoredCandidate> best = new ArrayList<>();
    for (Scored s : scored.subList(0, Math.min(limit, scored.size()))) {
      best.add(new ScoredCandidate(s.candidate.id(), (int) Math.round(100 * s.value), s.value,
          explain(strongestFirst, itemConcepts, s, weightsOf.apply(s.candidate))));
    }
    return best;
  }

  /** Each factor in [0, 1], or each times its weight. */
  private record Factors(double text, double concepts, double themes, double territory, double maturity) {

    Factors weighted(ScorerSettings settings) {
      return new Factors(settings.textWeight() * text, settings.conceptWeight() * concepts, settings.themeWeight() * themes,
          settings.territoryWeight() * territory, settings.maturityWeight() * maturity);
    }

    double sum() {
      return text + concepts + themes + territory + maturity;
    }

    Map<String, Double> byName() {
      Map<String, Double> byName = new LinkedHashMap<>();
      byName.put(TEXT, text);
      byName.put(CONCEPTS, concepts);
      byName.put(THEMES, themes);
      byName.put(TERRITORY, territory);
      byName.put(MATURITY, maturity);
      return byName;
    }
  }

  private record Scored(ScoringProfile candidate, Factors factors, double value) {}

  private List<Scored> rank(ScoringProfile item, List<ScoringProfile> pool, Vector itemVector,
      Map<String, Double> conceptWeights, Map<String, Float> textScores, float bestText,
      Function<ScoringProfile, CandidateWeights> weightsOf) {
    // Translation loses words, so candidates written in another language than the item's score
    // lower on text however relevant. Each candidate's text is measured against the best of its
    // own language as well as the best overall (languageCalibration: 0 overall, 1 own language).
    Map<Language, Float> bestBm25 = new HashMap<>();
    Map<Language, Double> bestCosine = new HashMap<>();
    Map<String, Double> cosines = new HashMap<>();
    double bestCosineOverall = 0;
    Map<Language, TermVector> itemTerms = new EnumMap<>(Language.class);
    itemVector.forEach((language, weights) -> itemTerms.put(language, TermVector.of(weights)));
    for (ScoringProfile candidate : pool) {
      bestBm25.merge(candidate.original(), textScores.getOrDefault(candidate.id(), 0f), Math::max);
      double cosine = settings.cosineShare() > 0 ? cosine(item, candidate, itemTerms, weightsOf.apply(candidate)) : 0;
      cosines.put(candidate.id(), cosine);
      bestCosine.merge(candidate.original(), cosine, Math::max);
      bestCosineOverall = Math.max(bestCosineOverall, cosine);
    }
    double alpha = settings.languageCalibration();
    List<Scored> scored = new ArrayList<>();
    for (ScoringProfile candidate : pool) {
      double bm25Scale = Math.pow(bestText, 1 - alpha) * Math.pow(bestBm25.get(candidate.original()), alpha);
      double bm25 = bm25Scale > 0
          ? Math.min(1, Math.pow(textScores.getOrDefault(candidate.id(), 0f) / bm25Scale, settings.textExponent())) : 0;
      double cosineScale = Math.pow(bestCosineOverall, 1 - alpha) * Math.pow(bestCosine.get(candidate.original()), alpha);
      double cosine = cosineScale > 0 ? Math.min(1, cosines.get(candidate.id()) / cosineScale) : 0;
      Factors factors = new Factors((1 - settings.cosineShare()) * bm25 + settings.cosineShare() * cosine,
          conceptOverlap(conceptWeights, weightsOf.apply(candidate)), themeOverlap(item, candidate),
          territoryFit(item, candidate), maturity(item, candidate));
      scored.add(new Scored(candidate, factors, combine(factors)));
    }
    scored.sort(Comparator.comparingDouble(Scored::value).reversed().thenComparing(s -> s.candidate.id()));
    return scored;
  }

  /** In the order of {@link Language}, so that the query and its explanation are the same from one run to the next. */
  private List<QueryTermSelector.WeightedTerm> chooseTerms(ScoringProfile item) {
    List<QueryTermSelector.WeightedTerm> terms = new ArrayList<>();
    for (Language language : Language.values()) {
      Map<String, Double> frequencies = item.termFrequencies().get(language);
      if (frequencies != null) {
        terms.addAll(selector.select(language, frequencies, index, settings));
      }
    }
    return terms;
  }

  /** Every term and concept of the profiles, by the field the scorer will ask its frequency in. */
  private static Map<String, Set<String>> termsByField(Collection<ScoringProfile> profiles) {
    Map<String, Set<String>> terms = new HashMap<>();
    for (ScoringProfile profile : profiles) {
      profile.termFrequencies().forEach((language, frequencies) ->
          terms.computeIfAbsent(IndexFields.text(language), field -> new HashSet<>()).addAll(frequencies.keySet()));
      terms.computeIfAbsent(IndexFields.CONCEPTS, field -> new HashSet<>()).addAll(profile.concepts().keySet());
    }
    return terms;
  }

  private List<CandidateIndex.QueryClause> textClauses(List<QueryTerm> terms) {
    List<CandidateIndex.QueryClause> clauses = new ArrayList<>();
    for (QueryTerm term : terms) {
      clauses.add(new CandidateIndex.QueryClause(IndexFields.text(term.language()), term.term(), term.boost()));
      if (settings.titleFieldBoost() > 0) {
        clauses.add(new CandidateIndex.QueryClause(IndexFields.title(term.language()), term.term(),
            term.boost() * settings.titleFieldBoost()));
      }
    }
    return clauses;
  }

  /** A chosen term as the query weighs it and as an explanation names it ({@code fr:fuit}). */
  private record QueryTerm(Language language, String term, float boost, String label) {}

  private List<QueryTerm> queryTerms(ScoringProfile item, List<QueryTermSelector.WeightedTerm> terms) {
    Map<Language, Double> strongest = new EnumMap<>(Language.class);
    terms.forEach(t -> strongest.merge(t.language(), t.weight(), Math::max));
    List<QueryTerm> weighed = new ArrayList<>(terms.size());
    for (QueryTermSelector.WeightedTerm term : terms) {
      // Relative weight within its language, so a language with longer idf tails does not dominate.
      double relative = term.weight() / strongest.get(term.language());
      double versionWeight = term.language() == item.original() ? 1.0 : settings.translatedQueryWeight();
      weighed.add(new QueryTerm(term.language(), term.term(), (float) (relative * versionWeight),
          term.language().code() + ":" + term.term()));
    }
    return weighed;
  }

  private List<CandidateIndex.QueryClause> conceptClauses(ScoringProfile item) {
    List<CandidateIndex.QueryClause> clauses = new ArrayList<>();
    item.concepts().forEach((concept, count) ->
        clauses.add(new CandidateIndex.QueryClause(IndexFields.CONCEPTS, concept, (float) (1 + Math.log(count)))));
    return clauses;
  }

  /** Terms of each language version weighed by tf-idf, language by language; common terms left out. */
  private static final class Vector extends EnumMap<Language, Map<String, Double>> {
    Vector() {
      super(Language.class);
    }
  }

  private Vector vector(ScoringProfile profile, Map<String, Map<String, Integer>> documentFrequencies) {
    int documents = Math.max(1, index.documentCount());
    Vector vector = new Vector();
    profile.termFrequencies().forEach((language, frequencies) -> {
      String field = IndexFields.text(language);
      Map<String, Integer> known = documentFrequencies.computeIfAbsent(field, any -> new HashMap<>());
      Map<String, Double> weights = new HashMap<>();
      frequencies.forEach((term, frequency) -> {
        int df = known.computeIfAbsent(term, any -> index.documentFrequency(field, term));
        if (df > 0 && df <= settings.maxDocumentShare() * documents) {
          double idf = Math.log(1 + (documents - df + 0.5) / (df + 0.5));
          weights.put(term, (1 + Math.log(frequency)) * idf);
        }
      });
      vector.put(language, weights);
    });
    return vector;
  }

  private static Map<String, Double> normalized(Map<String, Double> vector) {
    double norm = Math.sqrt(vector.values().stream().mapToDouble(v -> v * v).sum());
    if (norm == 0) {
      // Mutable like any other result: the feedback pass adds its candidates' concepts to it.
      return new HashMap<>();
    }
    Map<String, Double> unit = new HashMap<>();
    vector.forEach((key, value) -> unit.put(key, value / norm));
    return unit;
  }

  /** Each language's part scaled to unit length on its own. */
  private static Vector unitPerLanguage(Vector vector) {
    Vector unit = new Vector();
    vector.forEach((language, terms) -> {
      double norm = Math.sqrt(terms.values().stream().mapToDouble(v -> v * v).sum());
      Map<String, Double> scaled = new HashMap<>();
      terms.forEach((term, weight) -> scaled.put(term, weight / norm));
      unit.put(language, scaled);
    });
    return unit;
  }

  /**
   * Cosine of the two items' texts, language by language, averaged over the languages where one
   * side is an original: comparing two machine translations adds noise, not evidence, and would
   * count a same-language pair three times. With {@code pairLanguagesOnly} off, every language.
   */
  private double cosine(ScoringProfile item, ScoringProfile candidate, Map<Language, TermVector> a, CandidateWeights b) {
    Set<Language> languages = settings.pairLanguagesOnly()
        ? EnumSet.of(item.original(), candidate.original()) : EnumSet.allOf(Language.class);
    double dot = 0;
    for (Language language : languages) {
      dot += b.dot(language, a.get(language));
    }
    return dot / languages.size();
  }

  /** Each concept of the item weighed by its repetition and its rarity among the candidates. */
  private Map<String, Double> conceptWeights(Map<String, Integer> concepts) {
    Map<String, Double> weights = new HashMap<>();
    int documents = Math.max(1, index.documentCount());
    concepts.forEach((concept, count) -> {
      // Lucene counts a document's replaced versions in the frequency until their segments merge,
      // so a concept that every document has may seem to be in more documents than there are: its
      // weight must reach zero then, not turn negative (which once scored a match 125).
      int df = Math.min(documents, index.documentFrequency(IndexFields.CONCEPTS, concept));
      double idf = Math.log(1 + (documents - df + 0.5) / (df + 0.5));
      weights.put(concept, (1 + Math.log(count)) * idf);
    });
    return weights;
  }

  /**
   * How much of the item's weighted concepts the candidate shares, and how much of the candidate's
   * is about them: the geometric mean of both, so that neither a candidate touching everything
   * nor one concept shared in passing scores high.
   */
  private static double conceptOverlap(Map<String, Double> itemWeights, CandidateWeights candidate) {
    if (itemWeights.isEmpty() || candidate.concepts().isEmpty()) {
      return 0;
    }
    double itemTotal = itemWeights.values().stream().mapToDouble(Double::doubleValue).sum();
    double sharedForItem = 0;
    double candidateTotal = 0;
    double sharedForCandidate = 0;
    for (var entry : candidate.concepts().entrySet()) {
      double weight = entry.getValue();
      candidateTotal += weight;
      if (itemWeights.containsKey(entry.getKey())) {
        sharedForCandidate += weight;
        sharedForItem += itemWeights.get(entry.getKey());
      }
    }
    if (itemTotal == 0 || candidateTotal == 0) {
      return 0;
    }
    return Math.sqrt((sharedForItem / itemTotal) * (sharedForCandidate / candidateTotal));
  }

  private static double themeOverlap(ScoringProfile item, ScoringProfile candidate) {
    if (item.themes().isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String theme : item.themes()) {
      if (candidate.themes().contains(theme)) {
        shared++;
      }
    }
    return (double) shared / item.themes().size();
  }

  /** 1 in the same region, 0.75 in the same country, 0 elsewhere or unknown. */
  private static double territoryFit(ScoringProfile item, ScoringProfile candidate) {
    if (item.country() == null || candidate.country() == null || !item.country().equalsIgnoreCase(candidate.country())) {
      return 0;
    }
    if (item.region() != null && item.region().equalsIgnoreCase(candidate.region())) {
      return 1;
    }
    return 0.75;
  }

  /** The solution's TRL on 1–9, whichever side it is on; unknown counts as half-way. */
  private static double maturity(ScoringProfile item, ScoringProfile candidate) {
    Integer trl = candidate.trl() != null ? candidate.trl() : item.trl();
    return trl == null ? 0.5 : Math.max(0, Math.min(9, trl)) / 9.0;
  }

  private double combine(Factors factors) {
    return factors.weighted(settings).sum() / settings.totalWeight();
  }

  /**
   * @param strongestFirst the chosen terms, strongest first: the explanation names the first
   *     {@value MatchExplanation#MAX_MATCHED_TERMS} the candidate contains
   * @param itemConcepts the item's concepts, sorted
   */
  private MatchExplanation explain(List<QueryTerm> strongestFirst, List<String> itemConcepts, Scored scored,
      CandidateWeights weights) {
    List<String> matched = new ArrayList<>();
    for (QueryTerm term : strongestFirst) {
      if (weights.has(term.language(), term.term())) {
        matched.add(term.label());
        if (matched.size() == MatchExplanation.MAX_MATCHED_TERMS) {
          break;
        }
      }
    }
    List<String> shared = new ArrayList<>();
    for (String concept : itemConcepts) {
      if (scored.candidate.concepts().containsKey(concept)) {
        shared.add(concept);
      }
    }
    Factors weighted = scored.factors.weighted(settings);
    double total = weighted.sum();
    Map<String, Double> shares = new LinkedHashMap<>();
    weighted.byName().forEach((factor, value) -> shares.put(factor, total == 0 ? 0 : value / total));
    return new MatchExplanation(matched, shared, shares);
  }
}
