package org.placette.notifications.internal.preference;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member's notification choices as they are in force. */
@Schema(description = "How the member is told; language is the one in force")
public record PreferenceView(List<String> channels, int minScore, List<String> themes, String frequency,
    String language) {

  static PreferenceView of(Preference preference, String memberLanguage) {
    List<String> channels = new java.util.ArrayList<>(List.of("INBOX"));
    if (preference.email()) {
      channels.add("EMAIL");
    }
    if (preference.webhook()) {
      channels.add("WEBHOOK");
    }
    return new PreferenceView(channels, preference.minScore(), preference.themes(), preference.frequency().name(),
        preference.languageOr(memberLanguage).code());
  }
}
