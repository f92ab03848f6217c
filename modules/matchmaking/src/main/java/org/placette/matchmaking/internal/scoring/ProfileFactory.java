package org.placette.matchmaking.internal.scoring;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import org.placette.matchmaking.internal.analysis.Language;
import org.placette.matchmaking.internal.analysis.TextAnalyzers;
import org.placette.matchmaking.internal.concept.ConceptExtractor;
import org.placette.matchmaking.internal.concept.ConceptMatch;

/**
 * Builds scoring profiles when an item is written or translated: analyzes every language version
 * and finds its concepts, so that scoring reads them instead of analysing candidates again.
 */
public final class ProfileFactory {

  /** A title says what the item is about: its terms and concepts count this many times. */
  static final double TITLE_WEIGHT = 2.0;

  private static final Double[] SMALL_FREQUENCIES = new Double[64];

  static {
    for (int i = 0; i < SMALL_FREQUENCIES.length; i++) {
      SMALL_FREQUENCIES[i] = (double) i;
    }
  }

  private final ConceptExtractor concepts;
  private final TextAnalyzers analyzers;

  public ProfileFactory(ConceptExtractor concepts, TextAnalyzers analyzers) {
    this.concepts = concepts;
    this.analyzers = analyzers;
  }

  /**
   * @param texts the original and whatever translations exist; exactly one is the original
   */
  public ScoringProfile profile(String id, Map<Language, ProfileText> texts, String country, String region, Integer trl) {
    Language original = texts.values().stream().filter(ProfileText::original).map(ProfileText::language).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Profile " + id + " has no original text"));
    // A concept seen in several versions is one mention translated, not several: keep the largest count.
    Map<String, Integer> found = new HashMap<>();
    var themes = new TreeSet<String>();
    Map<Language, Map<String, Double>> frequencies = new EnumMap<>(Language.class);
    for (ProfileText text : texts.values()) {
      Map<String, Integer> inVersion = new HashMap<>();
      for (ConceptMatch match : concepts.extract(text.title(), text.language())) {
        inVersion.merge(match.conceptId(), (int) TITLE_WEIGHT * match.occurrences(), Integer::sum);
        themes.add(match.theme());
      }
      for (ConceptMatch match : concepts.extract(text.body(), text.language())) {
        inVersion.merge(match.conceptId(), match.occurrences(), Integer::sum);
        themes.add(match.theme());
      }
      inVersion.forEach((concept, count) -> found.merge(concept, count, Math::max));
      // Thousands of profiles are kept, and these maps were most of their memory (the heap of a
      // settled 10k collection held 2.4 million strings and 1.9 million boxed frequencies): terms
      // are interned, since profiles share one vocabulary, and small whole frequencies shared.
      Map<String, Double> terms = new HashMap<>();
      analyzers.terms(text.language(), text.title()).forEach(term -> terms.merge(term.intern(), TITLE_WEIGHT, Double::sum));
      analyzers.terms(text.language(), text.body()).forEach(term -> terms.merge(term.intern(), 1.0, Double::sum));
      terms.replaceAll((term, frequency) -> shared(frequency));
      frequencies.put(text.language(), terms);
    }
    return new ScoringProfile(id, original, texts, frequencies, found, themes, country, region, trl);
  }

  private static Double shared(Double frequency) {
    double value = frequency;
    int whole = (int) value;
    return whole == value && whole >= 0 && whole < SMALL_FREQUENCIES.length ? SMALL_FREQUENCIES[whole] : frequency;
  }
}
