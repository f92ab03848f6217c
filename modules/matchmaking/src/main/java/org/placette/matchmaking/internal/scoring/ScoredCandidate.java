package org.placette.matchmaking.internal.scoring;

/** A candidate and its score: 0–100 for people and thresholds, the exact value for ordering. */
public record ScoredCandidate(String id, int score, double value, MatchExplanation explanation) {}
