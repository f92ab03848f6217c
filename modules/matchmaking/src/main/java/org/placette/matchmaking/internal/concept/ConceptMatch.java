package org.placette.matchmaking.internal.concept;

import java.util.List;

/** A concept found in a text: how often, and through which of its terms (for explanations). */
public record ConceptMatch(String conceptId, String theme, int occurrences, List<String> matchedTerms) {

  public ConceptMatch {
    matchedTerms = List.copyOf(matchedTerms);
  }
}
