package org.placette.projects.internal.dialogue;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A question and its answer; {@code askerOrganisationId} only for the asker and the need's owner. */
@Schema(name = "Question")
public record QuestionView(
    UUID id, UUID needId, String text, String answer, Instant askedAt, Instant answeredAt, UUID askerOrganisationId) {}
