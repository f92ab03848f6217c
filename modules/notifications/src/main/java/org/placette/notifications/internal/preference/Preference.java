package org.placette.notifications.internal.preference;

import java.util.List;
import java.util.Objects;

/**
 * What a member chose: whether emails and the organisation's webhook carry their notifications
 * (the inbox always does), the lowest match score worth telling, the themes they follow (empty:
 * all), how often emails go out, and their language (null: the one their organisation knows them
 * by, else French).
 */
public record Preference(boolean email, boolean webhook, int minScore, List<String> themes, Frequency frequency,
    EmailLanguage language) {

  public static final int DEFAULT_MIN_SCORE = 60;

  public static final Preference DEFAULT =
      new Preference(true, false, DEFAULT_MIN_SCORE, List.of(), Frequency.IMMEDIATE, null);

  public Preference {
    themes = List.copyOf(themes);
    Objects.requireNonNull(frequency, "frequency");
  }

  /** Whether a match of {@code score} on something tagged {@code tagged} is worth telling. */
  public boolean wants(int score, List<String> tagged) {
    return score >= minScore && (themes.isEmpty() || tagged.stream().anyMatch(themes::contains));
  }

  /** Whether an email waits for the digest instead of going out at once. */
  public boolean digests() {
    return frequency != Frequency.IMMEDIATE;
  }

  /** The language to write in: the chosen one, else {@code known} (the member's) when emails use it, else French. */
  public EmailLanguage languageOr(String known) {
    return language != null ? language : EmailLanguage.of(known).orElse(EmailLanguage.FR);
  }
}
