package org.placette.projects.api.events;

import java.util.UUID;

/** The owning authority answered a public question on its need; the asker is to be told. */
public record QuestionAnswered(
    UUID questionId, UUID needId, UUID needOwnerId, UUID askerOrganisationId, String askerSubject) {}
