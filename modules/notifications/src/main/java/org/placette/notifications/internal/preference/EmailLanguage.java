package org.placette.notifications.internal.preference;

import java.util.Locale;
import java.util.Optional;

/** The languages emails are written in. */
public enum EmailLanguage {
  FR,
  EN,
  ES;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The language of an ISO 639-1 code, if emails are written in it. */
  public static Optional<EmailLanguage> of(String code) {
    if (code == null) {
      return Optional.empty();
    }
    for (EmailLanguage language : values()) {
      if (language.code().equals(code.trim().toLowerCase(Locale.ROOT))) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }
}
