package org.placette.matchmaking.internal.translation;

/** Apertium could not translate: missing, lacking a language pair, failing or too slow. */
public class TranslationUnavailableException extends Exception {

  private static final long serialVersionUID = 1L;

  public TranslationUnavailableException(String message) {
    super(message);
  }

  public TranslationUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
