package org.placette.projects.internal.call;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.placette.actors.api.OrganisationKind;
import org.placette.actors.api.OrganisationView;
import org.placette.kernel.caller.Roles;
import org.placette.kernel.paging.Page;
import org.placette.kernel.problem.InputCheck;
import org.placette.kernel.problem.Problem;
import org.placette.projects.internal.common.Access;
import org.placette.projects.internal.common.Clock;
import org.placette.projects.internal.common.Keyset;
import org.placette.projects.internal.common.PlainText;
import org.placette.projects.internal.common.TextRules;
import org.placette.projects.internal.common.Versions;

/** Calls for solutions: public to read, changed by their authority only. */
@ApplicationScoped
@Transactional
public class CallService {

  @PersistenceContext(unitName = "projects")
  private EntityManager entityManager;

  @Inject private Access access;
  @Inject private Validator validator;

  @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.INTEGRATOR})
  public CallView create(CallInput input) {
    OrganisationView owner = access.actingOrganisation(OrganisationKind::publishesNeeds, "local authorities and urban developers");
    Checked checked = check(input);
    CallForSolutions call = new CallForSolutions(UUID.randomUUID(), owner.id(), checked.title, checked.description,
        checked.phases, Clock.now());
    entityManager.persist(call);
    return call.view(Clock.today());
  }

  @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.INTEGRATOR})
  public CallView update(UUID id, CallInput input, Long expectedVersion) {
    CallForSolutions call = owned(id, expectedVersion);
    Checked checked = check(input);
    call.describe(checked.title, checked.description, checked.phases, Clock.now());
    return saved(call).view(Clock.today());
  }

  @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.INTEGRATOR})
  public CallView close(UUID id, Long expectedVersion) {
    CallForSolutions call = owned(id, expectedVersion);
    call.close(Clock.now());
    return saved(call).view(Clock.today());
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public CallView get(UUID id) {
    CallForSolutions call = entityManager.find(CallForSolutions.class, id);
    if (call == null) {
      throw Problem.notFound("Call for solutions", id);
    }
    return call.view(Clock.today());
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<CallView> list(String status, String organisation, String cursor, Integer limit) {
    InputCheck check = InputCheck.start();
    CallStatus wanted = check.enumValue("status", status, CallStatus.class);
    UUID owner = null;
    if (organisation != null) {
      try {
        owner = UUID.fromString(organisation.strip());
      } catch (IllegalArgumentException unreadable) {
        check.add("organisation", "Not an id.");
      }
    }
    int size = Keyset.limit(check, limit);
    check.orThrow();
    Keyset<CallForSolutions> query = new Keyset<>(CallForSolutions.class, "c", "createdAt");
    if (wanted != null) {
      query.and("c.status = :status", "status", wanted);
    }
    if (owner != null) {
      query.and("c.ownerId = :owner", "owner", owner);
    }
    LocalDate today = Clock.today();
    return query.page(entityManager, "-createdAt", cursor, size, c -> c.view(today).createdAt(),
        CallForSolutions::id, c -> c.view(today));
  }

  private CallForSolutions owned(UUID id, Long expectedVersion) {
    CallForSolutions call = entityManager.find(CallForSolutions.class, id);
    if (call == null) {
      throw Problem.notFound("Call for solutions", id);
    }
    access.requireOwner(call.ownerId(), "this call for solutions");
    Versions.check(expectedVersion, call.version(), "The call for solutions");
    return call;
  }

  private CallForSolutions saved(CallForSolutions call) {
    try {
      entityManager.flush();
    } catch (OptimisticLockException concurrent) {
      throw Versions.stale("The call for solutions");
    }
    return call;
  }

  private record Checked(String title, String description, List<Phase> phases) {}

  private Checked check(CallInput input) {
    InputCheck check = InputCheck.validate(validator, input);
    if (input == null) {
      check.orThrow();
    }
    TextRules.plain(check, "title", input.title());
    TextRules.plain(check, "description", input.description());
    List<Phase> phases = new ArrayList<>();
    Set<PhaseKind> seen = EnumSet.noneOf(PhaseKind.class);
    List<CallInput.PhaseInput> given = input.phases() == null ? List.of() : input.phases();
    for (int i = 0; i < given.size(); i++) {
      CallInput.PhaseInput phase = given.get(i);
      if (phase == null) {
        continue;
      }
      String field = "phases[" + i + "]";
      PhaseKind kind = check.enumValue(field + ".kind", phase.kind(), PhaseKind.class);
      LocalDate starts = date(check, field + ".startsOn", phase.startsOn());
      LocalDate ends = date(check, field + ".endsOn", phase.endsOn());
      if (kind != null && !seen.add(kind)) {
        check.add(field + ".kind", "Each kind of phase appears once.");
      }
      if (starts != null && ends != null) {
        if (ends.isBefore(starts)) {
          check.add(field + ".endsOn", "A phase ends on or after its start.");
        } else if (kind != null) {
          phases.add(new Phase(kind, starts, ends));
        }
      }
    }
    List<Phase> ordered = phases.stream().sorted(java.util.Comparator.comparing(Phase::kind)).toList();
    for (int i = 1; i < ordered.size(); i++) {
      if (!ordered.get(i).view().startsOn().isAfter(ordered.get(i - 1).view().endsOn())) {
        check.add("phases", "Phases follow each other without overlapping: "
            + ordered.get(i - 1).kind() + " ends before " + ordered.get(i).kind() + " starts.");
      }
    }
    check.orThrow();
    return new Checked(input.title().strip(), PlainText.clean(input.description()), phases);
  }

  private static LocalDate date(InputCheck check, String field, String value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException unreadable) {
      check.add(field, "Use an ISO date such as 2027-03-31.");
      return null;
    }
  }
}
