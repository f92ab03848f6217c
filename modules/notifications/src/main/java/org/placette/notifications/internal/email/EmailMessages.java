package org.placette.notifications.internal.email;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.placette.notifications.internal.outbox.Channel;
import org.placette.notifications.internal.outbox.OutboxEntry;

/**
 * The outbox entries of the email channel. They carry only ids: the email is written when it is
 * sent, from the notification or digest as stored, in the language the member then prefers.
 */
public final class EmailMessages {

  static final String NOTIFICATION = "placette.email.notification";
  static final String DIGEST = "placette.email.digest";

  private EmailMessages() {}

  public static OutboxEntry notification(UUID notificationId, UUID organisationId, Instant now) {
    return new OutboxEntry(Channel.EMAIL, organisationId, NOTIFICATION,
        Json.createObjectBuilder().add("notificationId", notificationId.toString()).build().toString(), now);
  }

  public static OutboxEntry digest(UUID digestId, UUID organisationId, Instant now) {
    return new OutboxEntry(Channel.EMAIL, organisationId, DIGEST,
        Json.createObjectBuilder().add("digestId", digestId.toString()).build().toString(), now);
  }

  /** The notification or digest id an entry of {@code eventType} carries. */
  static Optional<UUID> id(String eventType, String payload) {
    JsonObject body = Json.createReader(new StringReader(payload)).readObject();
    String key = NOTIFICATION.equals(eventType) ? "notificationId" : DIGEST.equals(eventType) ? "digestId" : null;
    return key == null || !body.containsKey(key) ? Optional.empty() : Optional.of(UUID.fromString(body.getString(key)));
  }
}
