package org.placette.projects.internal.common;

import java.util.List;
import org.placette.kernel.problem.InputCheck;

/** Applies the plain-text rule of {@link PlainText} to request fields, recording every offending one. */
public final class TextRules {

  private TextRules() {}

  public static void plain(InputCheck check, String field, String text) {
    if (PlainText.hasMarkup(text)) {
      check.add(field, PlainText.REJECTED);
    } else if (PlainText.hasControlCharacters(text)) {
      check.add(field, PlainText.CONTROL_REJECTED);
    }
  }

  public static void plain(InputCheck check, String field, List<String> texts) {
    if (texts == null) {
      return;
    }
    for (int i = 0; i < texts.size(); i++) {
      if (texts.get(i) == null || texts.get(i).isBlank()) {
        check.add(field + "[" + i + "]", "Must not be empty.");
      } else {
        plain(check, field + "[" + i + "]", texts.get(i));
      }
    }
  }
}
