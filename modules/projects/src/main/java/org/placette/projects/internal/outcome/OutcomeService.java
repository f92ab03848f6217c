package org.placette.projects.internal.outcome;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.placette.kernel.caller.Roles;
import org.placette.kernel.problem.InputCheck;
import org.placette.kernel.problem.Problem;
import org.placette.projects.internal.common.Access;
import org.placette.projects.internal.common.Clock;
import org.placette.projects.internal.common.PlainText;
import org.placette.projects.internal.common.TextRules;
import org.placette.projects.internal.common.Versions;

/** Outcomes of selected pairings: either party moves them on; everyone may read them. */
@ApplicationScoped
@Transactional
public class OutcomeService {

  @PersistenceContext(unitName = "projects")
  private EntityManager entityManager;

  @Inject private Access access;
  @Inject private jakarta.validation.Validator validator;

  /** The next stage and, for ABANDONED, why. */
  @Schema(name = "OutcomeStepInput")
  public record StepInput(
      @NotBlank(message = "Stage is required.")
      @Schema(description = "PILOT, CONTRACT, DEPLOYED or ABANDONED") String stage,
      @Size(max = 1000, message = "The reason has at most 1,000 characters.") String reason) {}

  /** Called when an authority selects an expression of interest. */
  @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.INTEGRATOR})
  public OutcomeView start(UUID interestId, UUID needId, UUID solutionId, UUID authorityId, UUID startupId) {
    Outcome outcome = new Outcome(UUID.randomUUID(), interestId, needId, solutionId, authorityId, startupId, Clock.now());
    entityManager.persist(outcome);
    return outcome.view();
  }

  @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.INTEGRATOR, Roles.STARTUP_MEMBER})
  public OutcomeView advance(UUID id, StepInput input, Long expectedVersion) {
    InputCheck check = InputCheck.validate(validator, input);
    OutcomeStage stage = input == null ? null : check.enumValue("stage", input.stage(), OutcomeStage.class);
    if (input != null) {
      TextRules.plain(check, "reason", input.reason());
    }
    check.orThrow();
    Outcome outcome = find(id);
    if (!access.organisationId().map(outcome::involves).orElse(false)) {
      throw Problem.forbidden("Only the authority and the startup of this pairing may record its outcome.");
    }
    Versions.check(expectedVersion, outcome.version(), "The outcome");
    outcome.advance(stage, PlainText.clean(input.reason()), Clock.now());
    try {
      entityManager.flush();
    } catch (OptimisticLockException concurrent) {
      throw Versions.stale("The outcome");
    }
    return outcome.view();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public OutcomeView get(UUID id) {
    return find(id).view();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<OutcomeView> ofNeeds(List<UUID> needIds) {
    if (needIds.isEmpty()) {
      return List.of();
    }
    return entityManager.createQuery("select o from Outcome o where o.needId in :needs order by o.updatedAt, o.id",
            Outcome.class)
        .setParameter("needs", needIds)
        .getResultList().stream().map(Outcome::view).toList();
  }

  private Outcome find(UUID id) {
    Outcome outcome = entityManager.find(Outcome.class, id);
    if (outcome == null) {
      throw Problem.notFound("Outcome", id);
    }
    return outcome;
  }
}
