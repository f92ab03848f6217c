package org.placette.projects.internal.dialogue;

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
import org.placette.projects.api.InterestStatus;
import org.placette.projects.internal.common.Transitions;

/**
 * A startup's answer to a need, with one of its solutions and a pitch. The authority owes it an
 * answer: its first decision (shortlist, decline, select) is the answer, timed for the authority's
 * public answer record.
 */
@Entity
@Table(name = "projects_interest")
public class ExpressionOfInterest {

  @Id private UUID id;

  @Column(name = "need_id", nullable = false)
  private UUID needId;

  @Column(name = "need_owner_id", nullable = false)
  private UUID needOwnerId;

  @Column(name = "solution_id", nullable = false)
  private UUID solutionId;

  @Column(name = "solution_owner_id", nullable = false)
  private UUID solutionOwnerId;

  @Column(nullable = false)
  private String pitch;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private InterestStatus status;

  @Column(name = "decline_reason")
  private String declineReason;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Version private long version;

  protected ExpressionOfInterest() {}

  ExpressionOfInterest(UUID id, UUID needId, UUID needOwnerId, UUID solutionId, UUID solutionOwnerId, String pitch,
      Instant now) {
    this.id = Objects.requireNonNull(id);
    this.needId = Objects.requireNonNull(needId);
    this.needOwnerId = Objects.requireNonNull(needOwnerId);
    this.solutionId = Objects.requireNonNull(solutionId);
    this.solutionOwnerId = Objects.requireNonNull(solutionOwnerId);
    this.pitch = Objects.requireNonNull(pitch);
    this.status = InterestStatus.SUBMITTED;
    this.submittedAt = now;
  }

  void shortlist(Instant now) {
    if (status != InterestStatus.SUBMITTED) {
      throw Transitions.refused("An expression of interest", status, "shortlisted");
    }
    decide(InterestStatus.SHORTLISTED, now);
  }

  void decline(String reason, Instant now) {
    if (status != InterestStatus.SUBMITTED && status != InterestStatus.SHORTLISTED) {
      throw Transitions.refused("An expression of interest", status, "declined");
    }
    declineReason = Objects.requireNonNull(reason, "reason");
    decide(InterestStatus.DECLINED, now);
  }

  void select(Instant now) {
    if (status != InterestStatus.SUBMITTED && status != InterestStatus.SHORTLISTED) {
      throw Transitions.refused("An expression of interest", status, "selected");
    }
    decide(InterestStatus.SELECTED, now);
  }

  private void decide(InterestStatus decision, Instant now) {
    status = decision;
    decidedAt = now;
    if (answeredAt == null) {
      answeredAt = now;
    }
  }

  Instant answerDue(int answerDays) {
    return submittedAt.plus(Duration.ofDays(answerDays));
  }

  UUID id() {
    return id;
  }

  UUID needId() {
    return needId;
  }

  UUID needOwnerId() {
    return needOwnerId;
  }

  UUID solutionId() {
    return solutionId;
  }

  UUID solutionOwnerId() {
    return solutionOwnerId;
  }

  InterestStatus status() {
    return status;
  }

  String declineReason() {
    return declineReason;
  }

  Instant submittedAt() {
    return submittedAt;
  }

  long version() {
    return version;
  }

  InterestView view(int answerDays) {
    return new InterestView(id, needId, needOwnerId, solutionId, solutionOwnerId, pitch, status, declineReason,
        submittedAt, answerDue(answerDays), answeredAt, decidedAt, version);
  }
}
