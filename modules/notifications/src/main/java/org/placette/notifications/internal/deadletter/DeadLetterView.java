package org.placette.notifications.internal.deadletter;

import java.time.Instant;
import java.util.UUID;
import org.placette.notifications.internal.outbox.OutboxEntry;

/** A dead letter as administrators see it. */
public record DeadLetterView(UUID id, String channel, UUID organisationId, String messageId, String eventType,
    int attempts, String lastError, Instant createdAt) {

  static DeadLetterView of(OutboxEntry entry) {
    return new DeadLetterView(entry.id(), entry.channel().name(), entry.organisationId(), entry.messageId(),
        entry.eventType(), entry.attempts(), entry.lastError(), entry.createdAt());
  }
}
