package org.placette.notifications.internal.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One message to deliver on one channel. It is written in the transaction of the change that
 * causes it, so a notification exists if and only if its cause was committed; its {@code
 * messageId} never changes, so a receiver can drop the duplicates that at-least-once delivery
 * implies.
 */
@Entity
@Table(name = "notifications_outbox")
public class OutboxEntry {

  private static final int MAX_ERROR_LENGTH = 1000;

  @Id private UUID id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Channel channel;

  @Column(name = "organisation_id", nullable = false)
  private UUID organisationId;

  @Column(name = "message_id", nullable = false, unique = true, length = 64)
  private String messageId;

  @Column(name = "event_type", nullable = false, length = 64)
  private String eventType;

  @Column(nullable = false, length = 20000)
  private String payload;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private DeliveryStatus status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "claimed_until")
  private Instant claimedUntil;

  @Column(name = "last_error", length = MAX_ERROR_LENGTH)
  private String lastError;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  @Version private long version;

  protected OutboxEntry() {}

  public OutboxEntry(Channel channel, UUID organisationId, String eventType, String payload, Instant now) {
    this(UUID.randomUUID(), channel, organisationId, null, eventType, payload, now);
  }

  /**
   * An entry whose message id the caller derives from what it is about, so that writing the same
   * message twice (two members of one organisation choosing its webhook) keeps one entry.
   */
  public static OutboxEntry withMessageId(String messageId, Channel channel, UUID organisationId, String eventType,
      String payload, Instant now) {
    return new OutboxEntry(UUID.randomUUID(), channel, organisationId, Objects.requireNonNull(messageId, "messageId"),
        eventType, payload, now);
  }

  private OutboxEntry(UUID id, Channel channel, UUID organisationId, String messageId, String eventType,
      String payload, Instant now) {
    this.id = id;
    this.channel = Objects.requireNonNull(channel, "channel");
    this.organisationId = Objects.requireNonNull(organisationId, "organisationId");
    this.messageId = messageId != null ? messageId : "msg_" + id.toString().replace("-", "");
    this.eventType = Objects.requireNonNull(eventType, "eventType");
    this.payload = Objects.requireNonNull(payload, "payload");
    this.status = DeliveryStatus.PENDING;
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  void claimUntil(Instant leaseEnd) {
    this.claimedUntil = leaseEnd;
  }

  void delivered(Instant now) {
    attempts++;
    status = DeliveryStatus.DELIVERED;
    deliveredAt = now;
    claimedUntil = null;
    lastError = null;
  }

  /** Records a failed attempt and schedules the next one, or gives up when the policy says so. */
  void failed(String error, Instant now, RetryPolicy policy, Duration delay) {
    attemptFailed(error);
    if (policy.allowsAnotherAttempt(attempts)) {
      nextAttemptAt = now.plus(delay);
    } else {
      status = DeliveryStatus.DEAD;
    }
  }

  /** Records a failure that retrying cannot mend: a dead letter at once. */
  void abandon(String error) {
    attemptFailed(error);
    status = DeliveryStatus.DEAD;
  }

  private void attemptFailed(String error) {
    attempts++;
    claimedUntil = null;
    lastError = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
  }

  /** An administrator's decision to try a dead letter again, with a fresh set of attempts. */
  void redeliver(Instant now) {
    if (status != DeliveryStatus.DEAD) {
      throw new IllegalStateException("Only a dead letter can be redelivered, not a " + status + " entry");
    }
    status = DeliveryStatus.PENDING;
    attempts = 0;
    nextAttemptAt = now;
  }

  public UUID id() {
    return id;
  }

  public Channel channel() {
    return channel;
  }

  public UUID organisationId() {
    return organisationId;
  }

  public String messageId() {
    return messageId;
  }

  public String eventType() {
    return eventType;
  }

  public String payload() {
    return payload;
  }

  public DeliveryStatus status() {
    return status;
  }

  public int attempts() {
    return attempts;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public String lastError() {
    return lastError;
  }
}
