package org.placette.notifications.internal.inbox;

import java.util.List;
import java.util.UUID;

/**
 * What a notification says beyond its kind, need and score, as it was when it was written: titles
 * in their original language, the concepts a match shares (labelled in every language) and the
 * words it matched on, the question or expression of interest, and a decline reason. Absent parts
 * are null. Stored as JSON with the notification.
 */
public record NotificationDetails(
    String needTitle,
    UUID solutionId,
    String solutionTitle,
    UUID questionId,
    UUID interestId,
    List<Concept> concepts,
    List<String> matchedTerms,
    String reason) {

  public NotificationDetails {
    concepts = concepts == null ? List.of() : List.copyOf(concepts);
    matchedTerms = matchedTerms == null ? List.of() : List.copyOf(matchedTerms);
  }

  /** A shared concept ("water.leak") and its labels. */
  public record Concept(String id, String fr, String en, String es) {

    public String in(String language) {
      if ("en".equals(language)) {
        return en;
      }
      return "es".equals(language) ? es : fr;
    }
  }
}
