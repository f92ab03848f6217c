package org.placette.projects.internal.common;

import java.util.regex.Pattern;

/**
 * Texts are plain text. Markup is rejected, not stripped: stripping would store something the
 * author did not write (and a half-stripped {@code <script>} is worse than none), while a 400 naming
 * the field lets the client fix it. A lone {@code <} as in {@code < 5 %} is fine.
 */
public final class PlainText {

  private static final Pattern MARKUP = Pattern.compile(
      "<\\s*/?\\s*[a-zA-Z!?][^>]*>|&(#\\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");

  public static final String REJECTED = "Markup (HTML tags or entities) is not accepted: send plain text.";
  public static final String CONTROL_REJECTED = "Control characters are not accepted.";

  private PlainText() {}

  public static boolean hasMarkup(String text) {
    return text != null && MARKUP.matcher(text).find();
  }

  public static boolean hasControlCharacters(String text) {
    return text != null && CONTROL.matcher(text).find();
  }

  /** Trimmed, with an empty text read as absent. */
  public static String clean(String text) {
    if (text == null) {
      return null;
    }
    String trimmed = text.strip();
    return trimmed.isEmpty() ? null : trimmed;
  }
}
