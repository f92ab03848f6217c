package org.placette.matchmaking.internal.match;

import java.time.Instant;
import java.util.UUID;

/**
 * One match in a list: the other side ({@code solution} in a need's list, {@code need} in a
 * solution's), the 0–100 score, its explanation, and the algorithm and time that produced them.
 * {@code feedback} is the owning authority's verdict, when given (true: relevant).
 */
public record MatchView(UUID id, MatchedItem need, MatchedItem solution, int score, ExplanationView explanation,
    String algorithm, Instant computedAt, Boolean feedback) {}
