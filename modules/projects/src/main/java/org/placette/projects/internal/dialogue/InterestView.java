package org.placette.projects.internal.dialogue;

import org.placette.projects.internal.common.Versioned;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.placette.projects.api.InterestStatus;

/** An expression of interest as its two parties see it. */
@Schema(name = "ExpressionOfInterest")
public record InterestView(
    UUID id,
    UUID needId,
    UUID authorityId,
    UUID solutionId,
    UUID startupId,
    String pitch,
    InterestStatus status,
    @Schema(description = "Why the authority declined, shown to the startup") String declineReason,
    Instant submittedAt,
    @Schema(description = "When the authority should have answered, from its answer-days setting") Instant answerDue,
    Instant answeredAt,
    Instant decidedAt,
    long version) implements Versioned {}
