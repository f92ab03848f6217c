package org.placette.notifications.internal.email;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.placette.notifications.internal.inbox.NotificationDetails;
import org.placette.notifications.internal.inbox.NotificationKind;
import org.placette.notifications.internal.preference.EmailLanguage;
import org.placette.notifications.internal.preference.Frequency;

/**
 * Writes the emails in French, English or Spanish from the bundles {@code emails_<lang>.properties},
 * each as plain text and as HTML with every value escaped. Titles stay in the language they were
 * written in; concept labels are given in the reader's language.
 */
final class EmailTemplates {

  static final int DIGEST_LIMIT = 50;

  private final ResourceBundle bundle;
  private final String language;

  EmailTemplates(EmailLanguage language) {
    this.language = language.code();
    this.bundle = ResourceBundle.getBundle("org.placette.notifications.internal.email.emails",
        Locale.forLanguageTag(this.language),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  RenderedEmail notification(NotificationKind kind, Integer score, NotificationDetails details, String unsubscribeUrl) {
    Object[] arguments = arguments(details, score);
    String subject = format("subject." + kind.name(), arguments);
    List<String> lines = new ArrayList<>();
    lines.add(format("headline." + kind.name(), arguments));
    lines.addAll(explanation(details));
    StringBuilder text = new StringBuilder(format("greeting")).append("\n\n");
    lines.forEach(line -> text.append(line).append('\n'));
    text.append("\n-- \n").append(format("unsubscribe", unsubscribeUrl)).append('\n');
    StringBuilder html = htmlStart(subject).append("<p>").append(escape(format("greeting"))).append("</p>\n");
    lines.forEach(line -> html.append("<p>").append(escape(line)).append("</p>\n"));
    return new RenderedEmail(subject, text.toString(), htmlEnd(html, unsubscribeUrl));
  }

  RenderedEmail digest(Frequency frequency, List<DigestEntry> entries, String unsubscribeUrl) {
    DigestLayout layout = DigestLayout.of(entries, DIGEST_LIMIT);
    String subject = format("digest.subject." + frequency.name(), entries.size());
    StringBuilder text = new StringBuilder(format("greeting")).append("\n\n")
        .append(format("digest.intro", entries.size())).append("\n");
    StringBuilder html = htmlStart(subject).append("<p>").append(escape(format("greeting"))).append("</p>\n<p>")
        .append(escape(format("digest.intro", entries.size()))).append("</p>\n");
    for (DigestLayout.NeedGroup group : layout.groups()) {
      String title = orUntitled(group.needTitle());
      text.append('\n').append(title).append('\n').append("=".repeat(Math.min(title.length(), 72))).append('\n');
      html.append("<h2 style=\"font-size:16px;margin:20px 0 6px\">").append(escape(title)).append("</h2>\n<ul>\n");
      for (DigestEntry entry : group.entries()) {
        Object[] arguments = arguments(entry.details(), entry.score());
        String line = entry.kind().match() ? format("digest.match", arguments)
            : format("headline." + entry.kind().name(), arguments);
        List<String> explanation = explanation(entry.details());
        text.append("- ").append(line).append('\n');
        explanation.forEach(more -> text.append("  ").append(more).append('\n'));
        html.append("<li>").append(escape(line));
        explanation.forEach(more -> html.append("<br><small>").append(escape(more)).append("</small>"));
        html.append("</li>\n");
      }
      html.append("</ul>\n");
    }
    if (layout.hidden() > 0) {
      text.append('\n').append(format("digest.more", layout.hidden())).append('\n');
      html.append("<p>").append(escape(format("digest.more", layout.hidden()))).append("</p>\n");
    }
    text.append("\n-- \n").append(format("unsubscribe", unsubscribeUrl)).append('\n');
    return new RenderedEmail(subject, text.toString(), htmlEnd(html, unsubscribeUrl));
  }

  private List<String> explanation(NotificationDetails details) {
    List<String> lines = new ArrayList<>();
    if (!details.concepts().isEmpty()) {
      lines.add(format("why", details.concepts().stream().limit(5).map(concept -> concept.in(language))
          .collect(Collectors.joining(", "))));
    }
    if (!details.matchedTerms().isEmpty()) {
      lines.add(format("words", details.matchedTerms().stream().limit(8).map(EmailTemplates::withoutLanguage)
          .distinct().collect(Collectors.joining(", "))));
    }
    if (details.reason() != null && !details.reason().isBlank()) {
      lines.add(format("reason", details.reason()));
    }
    return lines;
  }

  /** Matched terms come as "fr:fuite"; the reader wants the word. */
  private static String withoutLanguage(String term) {
    int colon = term.indexOf(':');
    return colon > 0 && colon <= 3 ? term.substring(colon + 1) : term;
  }

  private Object[] arguments(NotificationDetails details, Integer score) {
    return new Object[] {orUntitled(details.needTitle()), orUntitled(details.solutionTitle()),
        score == null ? "" : score.toString()};
  }

  private String orUntitled(String title) {
    return title == null || title.isBlank() ? bundle.getString("untitled") : title;
  }

  private String format(String key, Object... arguments) {
    return new MessageFormat(bundle.getString(key), Locale.forLanguageTag(language)).format(arguments);
  }

  private StringBuilder htmlStart(String subject) {
    return new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(language).append("\">\n<head><meta charset=\"utf-8\"><title>")
        .append(escape(subject)).append("</title></head>\n")
        .append("<body style=\"font-family:sans-serif;font-size:14px;line-height:1.5;max-width:640px\">\n");
  }

  private String htmlEnd(StringBuilder html, String unsubscribeUrl) {
    return html.append("<hr>\n<p style=\"font-size:12px\"><a href=\"").append(escape(unsubscribeUrl)).append("\">")
        .append(escape(format("unsubscribe.link"))).append("</a></p>\n</body>\n</html>\n").toString();
  }

  static String escape(String value) {
    StringBuilder escaped = new StringBuilder(value.length());
    for (char c : value.toCharArray()) {
      switch (c) {
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '&' -> escaped.append("&amp;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
