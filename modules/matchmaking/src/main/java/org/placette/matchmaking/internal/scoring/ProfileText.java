package org.placette.matchmaking.internal.scoring;

import java.util.Objects;
import org.placette.matchmaking.internal.analysis.Language;

/** A need's or solution's text in one language: the original, or a machine translation of it. */
public record ProfileText(Language language, String title, String body, boolean original) {

  public ProfileText {
    Objects.requireNonNull(language, "language");
    title = title == null ? "" : title;
    body = body == null ? "" : body;
  }
}
