package org.placette.projects.api.events;

import java.util.UUID;
import org.placette.projects.api.InterestStatus;

/** The authority shortlisted, declined (with {@code reason}) or selected an expression of interest. */
public record ExpressionOfInterestDecided(
    UUID interestId,
    UUID needId,
    UUID needOwnerId,
    UUID solutionId,
    UUID solutionOwnerId,
    InterestStatus decision,
    String reason) {}
