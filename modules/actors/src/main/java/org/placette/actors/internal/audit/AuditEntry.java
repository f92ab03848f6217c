package org.placette.actors.internal.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One admin or security-relevant action: who (the token's subject and name), what (an action name
 * and its target), when, and the target's state before and after as JSON. Written in the
 * transaction of the action itself, so the log never claims what did not happen.
 */
@Entity
@Table(name = "actors_audit_entry")
public class AuditEntry {

  @Id private UUID id;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "actor_subject", length = 64)
  private String actorSubject;

  @Column(name = "actor_name", length = 255)
  private String actorName;

  @Column(nullable = false, length = 64)
  private String action;

  @Column(name = "target_type", nullable = false, length = 32)
  private String targetType;

  @Column(name = "target_id", length = 255)
  private String targetId;

  @Column(name = "organisation_id")
  private UUID organisationId;

  @Column(name = "before_state", length = 10000)
  private String before;

  @Column(name = "after_state", length = 10000)
  private String after;

  protected AuditEntry() {}

  AuditEntry(Instant occurredAt, String actorSubject, String actorName, String action, String targetType,
      String targetId, UUID organisationId, String before, String after) {
    this.id = UUID.randomUUID();
    this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
    this.actorSubject = actorSubject;
    this.actorName = actorName;
    this.action = Objects.requireNonNull(action, "action");
    this.targetType = Objects.requireNonNull(targetType, "targetType");
    this.targetId = targetId;
    this.organisationId = organisationId;
    this.before = before;
    this.after = after;
  }

  /**
   * Removes a person's data from the entry when they are erased: their identity as an actor and
   * every occurrence of their personal values in the states, which keeps what was done, not by
   * or to whom.
   */
  void scrub(String subject, java.util.Collection<String> personalValues) {
    if (subject != null && subject.equals(actorSubject)) {
      actorSubject = null;
      actorName = AuditLog.ERASED;
    }
    for (String value : personalValues) {
      if (value == null || value.isBlank()) {
        continue;
      }
      if (value.equals(actorName)) {
        actorName = AuditLog.ERASED;
      }
      if (value.equals(targetId)) {
        targetId = AuditLog.ERASED;
      }
      before = replace(before, value);
      after = replace(after, value);
    }
  }

  private static String replace(String json, String value) {
    return json == null ? null : json.replace("\"" + value.replace("\"", "\\\"") + "\"", "\"" + AuditLog.ERASED + "\"");
  }

  public AuditEntryView view() {
    return new AuditEntryView(id, occurredAt, actorSubject, actorName, action, targetType, targetId, organisationId,
        before, after);
  }
}
