package org.placette.matchmaking.internal.analysis;

import java.util.List;
import java.util.Map;

/**
 * One analyzer as an ordered list of Lucene analysis factories (by their SPI names) and their
 * parameters. Written once, it feeds the Hibernate Search Lucene configurer and the analyzers the
 * matchmaking code runs directly ({@link TextAnalyzers}), so the two cannot drift apart.
 */
record AnalysisChain(String name, String tokenizer, List<Step> filters) {

  record Step(String factory, Map<String, String> params) {
    static Step of(String factory) {
      return new Step(factory, Map.of());
    }

    static Step of(String factory, Map<String, String> params) {
      return new Step(factory, params);
    }
  }

  // Lucene's Snowball stop lists, the very lists OpenSearch names _french_ and _spanish_.
  private static final Map<String, String> FRENCH_STOP = Map.of(
      "words", "org/apache/lucene/analysis/snowball/french_stop.txt", "format", "snowball", "ignoreCase", "true");
  private static final Map<String, String> SPANISH_STOP = Map.of(
      "words", "org/apache/lucene/analysis/snowball/spanish_stop.txt", "format", "snowball", "ignoreCase", "true");

  /*
   * Lowercase comes before elision so that "L'eau" loses its article like "l'eau"; stop words are
   * removed before folding because the lists are written with accents ("été", "à").
   */
  static final AnalysisChain FRENCH = new AnalysisChain(AnalyzerNames.FRENCH_TEXT, "standard", List.of(
      Step.of("lowercase"),
      Step.of("elision"),
      Step.of("stop", FRENCH_STOP),
      Step.of("asciiFolding"),
      Step.of("frenchLightStem")));

  // With no "words", Lucene's stop filter uses its English list, which OpenSearch calls _english_.
  static final AnalysisChain ENGLISH = new AnalysisChain(AnalyzerNames.ENGLISH_TEXT, "standard", List.of(
      Step.of("englishPossessive"),
      Step.of("lowercase"),
      Step.of("stop", Map.of("ignoreCase", "true")),
      Step.of("asciiFolding"),
      Step.of("kStem")));

  static final AnalysisChain SPANISH = new AnalysisChain(AnalyzerNames.SPANISH_TEXT, "standard", List.of(
      Step.of("lowercase"),
      Step.of("stop", SPANISH_STOP),
      Step.of("asciiFolding"),
      Step.of("spanishLightStem")));

  static final AnalysisChain CONCEPTS = new AnalysisChain(AnalyzerNames.CONCEPTS, "whitespace", List.of(
      Step.of("lowercase")));

  static final List<AnalysisChain> ANALYZERS = List.of(FRENCH, ENGLISH, SPANISH, CONCEPTS);

  /** The folding normalizer has no tokenizer: the whole value is one token. */
  static final List<Step> FOLDED_KEYWORD_FILTERS = List.of(Step.of("lowercase"), Step.of("asciiFolding"));

  static AnalysisChain of(Language language) {
    return switch (language) {
      case FR -> FRENCH;
      case EN -> ENGLISH;
      case ES -> SPANISH;
    };
  }
}
