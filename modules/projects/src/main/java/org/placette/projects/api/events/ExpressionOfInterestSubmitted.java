package org.placette.projects.api.events;

import java.time.Instant;
import java.util.UUID;

/** A startup or company expressed interest in a need with one of its solutions; {@code answerDue} is when the authority should have answered. */
public record ExpressionOfInterestSubmitted(
    UUID interestId, UUID needId, UUID needOwnerId, UUID solutionId, UUID solutionOwnerId, Instant answerDue) {}
