package org.placette.matchmaking.internal.scoring;

import java.util.List;
import java.util.Map;

/**
 * Why a candidate scored what it did: the strongest query terms it contains (with the language of
 * the field they matched in, "fr:fuit"), the concepts both sides share, and each factor's share of
 * the score.
 */
public record MatchExplanation(List<String> matchedTerms, List<String> sharedConcepts, Map<String, Double> factorShares) {

  /** Beyond a dozen terms a reader learns nothing more, and each stored match carries them. */
  public static final int MAX_MATCHED_TERMS = 12;

  public MatchExplanation {
    matchedTerms = List.copyOf(matchedTerms);
    sharedConcepts = List.copyOf(sharedConcepts);
    factorShares = Map.copyOf(factorShares);
  }
}
