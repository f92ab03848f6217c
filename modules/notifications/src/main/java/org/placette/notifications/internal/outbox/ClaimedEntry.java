package org.placette.notifications.internal.outbox;

import java.util.UUID;

/** A due entry this instance has leased for delivery, detached from the transaction that claimed it. */
public record ClaimedEntry(UUID id, Channel channel, UUID organisationId, String messageId, String eventType,
    String payload, int attempts) {

  static ClaimedEntry of(OutboxEntry entry) {
    return new ClaimedEntry(entry.id(), entry.channel(), entry.organisationId(), entry.messageId(), entry.eventType(),
        entry.payload(), entry.attempts());
  }
}
