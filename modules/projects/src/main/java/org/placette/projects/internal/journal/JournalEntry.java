package org.placette.projects.internal.journal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One event the module fired, as written in the transaction that fired it. */
@Entity
@Table(name = "projects_event_log")
public class JournalEntry {

  @Id private UUID id;

  @Column(nullable = false)
  private String type;

  @Column(name = "subject_id", nullable = false)
  private UUID subjectId;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(nullable = false)
  private String payload;

  protected JournalEntry() {}

  JournalEntry(String type, UUID subjectId, String payload, Instant occurredAt) {
    this.id = UUID.randomUUID();
    this.type = type;
    this.subjectId = subjectId;
    this.payload = payload;
    this.occurredAt = occurredAt;
  }

  UUID id() {
    return id;
  }

  Instant occurredAt() {
    return occurredAt;
  }

  JournalEntryView view() {
    return new JournalEntryView(id, type, subjectId, occurredAt, payload);
  }
}
