package org.placette.projects.internal.journal;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A journal entry as administrators read it; {@code payload} is the event as JSON. */
@Schema(name = "JournalEntry")
public record JournalEntryView(UUID id, String type, UUID subjectId, Instant occurredAt, String payload) {}
