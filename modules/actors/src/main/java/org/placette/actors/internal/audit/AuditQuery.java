package org.placette.actors.internal.audit;

import java.time.Instant;
import java.util.UUID;

/** Filters of the audit log; null means "any". Results are newest first, {@code limit} at a time. */
public record AuditQuery(
    String action,
    String actor,
    String targetType,
    String targetId,
    UUID organisationId,
    Instant from,
    Instant to,
    String text,
    Instant before,
    int limit) {}
