package org.placette.projects.internal.dialogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.placette.kernel.problem.Problem;

/** A public question on a published need, and the owning authority's answer, visible to all its readers. */
@Entity
@Table(name = "projects_question")
public class Question {

  @Id private UUID id;

  @Column(name = "need_id", nullable = false)
  private UUID needId;

  @Column(name = "need_owner_id", nullable = false)
  private UUID needOwnerId;

  @Column(name = "asker_organisation_id", nullable = false)
  private UUID askerOrganisationId;

  @Column(name = "asker_subject", nullable = false)
  private String askerSubject;

  @Column(nullable = false)
  private String text;

  private String answer;

  @Column(name = "asked_at", nullable = false)
  private Instant askedAt;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Version private long version;

  protected Question() {}

  Question(UUID id, UUID needId, UUID needOwnerId, UUID askerOrganisationId, String askerSubject, String text, Instant now) {
    this.id = Objects.requireNonNull(id);
    this.needId = Objects.requireNonNull(needId);
    this.needOwnerId = Objects.requireNonNull(needOwnerId);
    this.askerOrganisationId = Objects.requireNonNull(askerOrganisationId);
    this.askerSubject = Objects.requireNonNull(askerSubject);
    this.text = Objects.requireNonNull(text);
    this.askedAt = now;
  }

  void answer(String answer, Instant now) {
    if (this.answer != null) {
      throw new Problem(409, "already-answered", "Already answered", "This question has been answered already.");
    }
    this.answer = Objects.requireNonNull(answer);
    this.answeredAt = now;
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

  UUID askerOrganisationId() {
    return askerOrganisationId;
  }

  String askerSubject() {
    return askerSubject;
  }

  Instant askedAt() {
    return askedAt;
  }

  /** Who asked is shown to the asker's organisation and the need's owner only. */
  QuestionView view(boolean showAsker) {
    return new QuestionView(id, needId, text, answer, askedAt, answeredAt, showAsker ? askerOrganisationId : null);
  }
}
