package org.placette.projects.internal.dialogue;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How an authority keeps the dialogue: public on its page. The answer rate counts the expressions of
 * interest that are answered or overdue (one still within its delay counts for nothing yet).
 */
@Schema(name = "DialogueRecord")
public record DialogueRecord(
    UUID organisationId,
    int answerDays,
    long interestsReceived,
    long interestsAnswered,
    long interestsOverdue,
    @Schema(description = "answered / (answered + overdue), null before anything is due") Double answerRate,
    @Schema(description = "Median time from submission to first answer, in hours") Double medianAnswerHours,
    long questionsReceived,
    long questionsAnswered) {}
