package org.placette.projects.internal.outcome;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.placette.kernel.problem.Problem;
import org.placette.projects.internal.common.Transitions;

/**
 * What a selected pairing of a need and a solution became, so the platform knows whether its
 * matches lead anywhere. Stages only move forward; abandoning needs a reason.
 */
@Entity
@Table(name = "projects_outcome")
public class Outcome {

  @Id private UUID id;

  @Column(name = "interest_id", nullable = false, unique = true)
  private UUID interestId;

  @Column(name = "need_id", nullable = false)
  private UUID needId;

  @Column(name = "solution_id", nullable = false)
  private UUID solutionId;

  @Column(name = "authority_id", nullable = false)
  private UUID authorityId;

  @Column(name = "startup_id", nullable = false)
  private UUID startupId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private OutcomeStage stage;

  @Column(name = "abandon_reason")
  private String abandonReason;

  @ElementCollection
  @CollectionTable(name = "projects_outcome_step", joinColumns = @JoinColumn(name = "outcome_id"))
  @OrderColumn(name = "position")
  private List<OutcomeStep> steps = new ArrayList<>();

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected Outcome() {}

  Outcome(UUID id, UUID interestId, UUID needId, UUID solutionId, UUID authorityId, UUID startupId, Instant now) {
    this.id = Objects.requireNonNull(id);
    this.interestId = Objects.requireNonNull(interestId);
    this.needId = Objects.requireNonNull(needId);
    this.solutionId = Objects.requireNonNull(solutionId);
    this.authorityId = Objects.requireNonNull(authorityId);
    this.startupId = Objects.requireNonNull(startupId);
    this.stage = OutcomeStage.CONTACTED;
    this.steps.add(new OutcomeStep(OutcomeStage.CONTACTED, now));
    this.updatedAt = now;
  }

  void advance(OutcomeStage next, String reason, Instant now) {
    if (stage.terminal()) {
      throw Transitions.refused("An outcome", stage, "moved on");
    }
    if (next == OutcomeStage.ABANDONED) {
      if (reason == null) {
        throw Problem.invalid(List.of(new org.placette.kernel.problem.FieldError("reason",
            "Say why the pairing was abandoned.")));
      }
      abandonReason = reason;
    } else if (next.ordinal() <= stage.ordinal()) {
      throw new Problem(409, "invalid-transition", "Invalid transition",
          "An outcome moves forward only: it is at " + stage + ", so " + next + " is behind it.");
    }
    stage = next;
    steps.add(new OutcomeStep(next, now));
    updatedAt = now;
  }

  boolean involves(UUID organisationId) {
    return authorityId.equals(organisationId) || startupId.equals(organisationId);
  }

  UUID id() {
    return id;
  }

  UUID needId() {
    return needId;
  }

  long version() {
    return version;
  }

  public OutcomeView view() {
    return new OutcomeView(id, interestId, needId, solutionId, authorityId, startupId, stage, abandonReason,
        steps.stream().map(OutcomeStep::view).toList(), updatedAt, version);
  }
}
