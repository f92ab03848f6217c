package org.placette.matchmaking.internal.scoring;

import org.placette.matchmaking.internal.analysis.Language;

/** Names of the indexed fields the scorer queries, the same in every index implementation. */
public final class IndexFields {

  public static final String CONCEPTS = "concepts";
  public static final String THEMES = "themes";

  private IndexFields() {}

  /** Title (and summary) in one language, analyzed with that language's analyzer. */
  public static String title(Language language) {
    return "title_" + language.code();
  }

  /** Whole text (title, summary, description) in one language. */
  public static String text(Language language) {
    return "text_" + language.code();
  }
}
