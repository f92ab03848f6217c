package org.placette.matchmaking.internal.analysis;

/**
 * Analyzer and normalizer names, identical on the Lucene and the OpenSearch backends so that the
 * mapping names them once. Each is named by purpose, not by the filters it happens to use.
 */
public final class AnalyzerNames {

  /** French prose: elision, lowercase, French stop words, ASCII folding, light stemming. */
  public static final String FRENCH_TEXT = "french_text";

  /** English prose: possessives, lowercase, English stop words, ASCII folding, light (KStem) stemming. */
  public static final String ENGLISH_TEXT = "english_text";

  /** Spanish prose: lowercase, Spanish stop words, ASCII folding, light stemming. */
  public static final String SPANISH_TEXT = "spanish_text";

  /** Concept identifiers separated by spaces, compared exactly but without case. */
  public static final String CONCEPTS = "concepts";

  /** Keywords (regions, towns, themes) compared without case or accents: "Île-de-France" = "ile-de-france". */
  public static final String FOLDED_KEYWORD = "folded_keyword";

  private AnalyzerNames() {}
}
