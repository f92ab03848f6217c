package org.placette.projects.internal.common;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Tells French, English and Spanish apart, offline (Lingua). Only the three platform languages are
 * loaded: their models take tens of megabytes, all 75 of Lingua's would take a gigabyte. Models load
 * on first use, so a server that never detects pays nothing.
 */
@ApplicationScoped
public class LanguageDetection {

  private volatile LanguageDetector detector;

  /** The ISO 639-1 code of the language {@code text} is written in, if it is one of fr, en, es. */
  public Optional<String> detect(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    return switch (detector().detectLanguageOf(text)) {
      case FRENCH -> Optional.of("fr");
      case ENGLISH -> Optional.of("en");
      case SPANISH -> Optional.of("es");
      default -> Optional.empty();
    };
  }

  private LanguageDetector detector() {
    LanguageDetector current = detector;
    if (current == null) {
      synchronized (this) {
        current = detector;
        if (current == null) {
          current = LanguageDetectorBuilder.fromLanguages(Language.FRENCH, Language.ENGLISH, Language.SPANISH).build();
          detector = current;
        }
      }
    }
    return current;
  }
}
