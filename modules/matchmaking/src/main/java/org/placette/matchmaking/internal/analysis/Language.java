package org.placette.matchmaking.internal.analysis;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages Placette indexes and translates between. Each has its own analyzer, and each
 * need and solution is indexed in all three (the original and two machine translations).
 */
public enum Language {
  FR("fr", AnalyzerNames.FRENCH_TEXT),
  EN("en", AnalyzerNames.ENGLISH_TEXT),
  ES("es", AnalyzerNames.SPANISH_TEXT);

  private final String code;
  private final String analyzer;

  Language(String code, String analyzer) {
    this.code = code;
    this.analyzer = analyzer;
  }

  /** ISO 639-1 code, as stored and as used in field names ({@code title_fr}). */
  public String code() {
    return code;
  }

  /** Name of the analyzer for prose in this language, the same on every backend. */
  public String analyzer() {
    return analyzer;
  }

  public static Optional<Language> ofCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String wanted = code.trim().toLowerCase(Locale.ROOT);
    for (Language language : values()) {
      if (language.code.equals(wanted)) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }
}
