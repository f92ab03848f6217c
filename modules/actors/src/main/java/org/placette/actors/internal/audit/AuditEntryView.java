package org.placette.actors.internal.audit;

import java.time.Instant;
import java.util.UUID;

/** An audit entry as platform admins read it; {@code before} and {@code after} are JSON documents. */
public record AuditEntryView(
    UUID id,
    Instant occurredAt,
    String actorSubject,
    String actorName,
    String action,
    String targetType,
    String targetId,
    UUID organisationId,
    String before,
    String after) {}
