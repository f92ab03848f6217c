package org.placette.matchmaking.internal.match;

import java.time.Instant;
import java.util.UUID;

/** A stored verdict, with the score it judged. */
public record FeedbackView(UUID matchId, UUID needId, UUID solutionId, boolean relevant, int score, Instant givenAt) {}
