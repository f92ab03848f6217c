package org.placette.notifications.internal.inbox;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A notification about to be written: {@code awaitsDigest} when its email waits for the recipient's digest. */
public record InboxRow(UUID id, String recipientSubject, UUID organisationId, NotificationKind kind, UUID needId,
    UUID aboutId, Integer score, NotificationDetails details, boolean awaitsDigest, Instant createdAt) {

  public InboxRow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(recipientSubject, "recipientSubject");
    Objects.requireNonNull(organisationId, "organisationId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(needId, "needId");
    Objects.requireNonNull(aboutId, "aboutId");
    Objects.requireNonNull(details, "details");
  }
}
