package org.placette.notifications.internal.inbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One thing one member is told, in their inbox. Rows are written in bulk by {@link InboxWriter};
 * this mapping reads them and records that they were read. {@code seq} is null until the
 * sequencer has numbered the committed row, and the inbox shows only numbered rows.
 */
@Entity
@Table(name = "notifications_inbox")
public class Notification {

  @Id private UUID id;

  private Long seq;

  @Column(name = "recipient_subject", nullable = false, length = 64)
  private String recipientSubject;

  @Column(name = "organisation_id", nullable = false)
  private UUID organisationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private NotificationKind kind;

  @Column(name = "need_id", nullable = false)
  private UUID needId;

  @Column(name = "about_id", nullable = false)
  private UUID aboutId;

  private Integer score;

  @Column(nullable = false, length = 8000)
  private String details;

  @Column(name = "awaits_digest", nullable = false)
  private boolean awaitsDigest;

  @Column(name = "digest_id")
  private UUID digestId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  protected Notification() {}

  void markRead(Instant now) {
    if (readAt == null) {
      readAt = now;
    }
  }

  public UUID id() {
    return id;
  }

  public Long seq() {
    return seq;
  }

  public String recipientSubject() {
    return recipientSubject;
  }


  public NotificationKind kind() {
    return kind;
  }

  public UUID needId() {
    return needId;
  }


  public Integer score() {
    return score;
  }

  public NotificationDetails details() {
    return DetailsJson.read(details);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant readAt() {
    return readAt;
  }
}
