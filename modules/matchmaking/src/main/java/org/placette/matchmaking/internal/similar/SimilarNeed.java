package org.placette.matchmaking.internal.similar;

import org.placette.matchmaking.internal.match.ExplanationView;
import org.placette.matchmaking.internal.match.MatchedItem;

/**
 * Another authority's need that resembles this one: how closely (0–100), why, and what became of
 * it ({@code status}: PUBLISHED, CLOSED, AWARDED or CANCELLED), so towns with the same problem can
 * pool their effort or reuse what worked.
 */
public record SimilarNeed(MatchedItem need, int score, ExplanationView explanation, String status) {}
