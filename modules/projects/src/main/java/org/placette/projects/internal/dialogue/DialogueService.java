package org.placette.projects.internal.dialogue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.placette.actors.api.OrganisationKind;
import org.placette.actors.api.OrganisationView;
import org.placette.kernel.caller.Roles;
import org.placette.kernel.paging.Page;
import org.placette.kernel.problem.FieldError;
import org.placette.kernel.problem.InputCheck;
import org.placette.kernel.problem.Problem;
import org.placette.projects.api.InterestStatus;
import org.placette.projects.api.NeedStatus;
import org.placette.projects.api.SolutionStatus;
import org.placette.projects.api.events.ExpressionOfInterestDecided;
import org.placette.projects.api.events.ExpressionOfInterestSubmitted;
import org.placette.projects.api.events.QuestionAnswered;
import org.placette.projects.internal.common.Access;
import org.placette.projects.internal.common.Clock;
import org.placette.projects.internal.common.Keyset;
import org.placette.projects.internal.common.TextRules;
import org.placette.projects.internal.common.Versions;
import org.placette.projects.internal.need.Need;
import org.placette.projects.internal.need.NeedService;
import org.placette.projects.internal.outcome.OutcomeService;
import org.placette.projects.internal.solution.Solution;
import org.placette.projects.internal.solution.SolutionService;

/**
 * The dialogue on a need: public questions and answers, expressions of interest and the authority's
 * decisions on them, and the authority's public record of answering.
 */
@ApplicationScoped
@Transactional
public class DialogueService {

  @PersistenceContext(unitName = "projects")
  private EntityManager entityManager;

  @Inject private Access access;
  @Inject private Validator validator;
  @Inject private NeedService needs;
  @Inject private SolutionService solutions;
  @Inject private OutcomeService outcomes;
  @Inject private Event<QuestionAnswered> answered;
  @Inject private Event<ExpressionOfInterestSubmitted> submitted;
  @Inject private Event<ExpressionOfInterestDecided> decided;

  @Inject
  @ConfigProperty(name = "projects.dialogue.answer-days", defaultValue = "15")
  int defaultAnswerDays;

  // Questions

  @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.INTEGRATOR, Roles.STARTUP_MEMBER})
  public QuestionView ask(UUID needId, DialogueInputs.QuestionInput input) {
    InputCheck check = InputCheck.validate(validator, input);
    if (input != null) {
      TextRules.plain(check, "text", input.text());
    }
    check.orThrow();
    Need need = needs.visible(needId);
    OrganisationView asker = access.actingOrganisation(kind -> true, "members of verified organisations");
    if (need.status() != NeedStatus.PUBLISHED) {
      throw Problem.conflict("Questions are asked on published needs; this one is " + need.status() + ".");
    }
    if (asker.id().equals(need.ownerId())) {
      throw Problem.forbidden("An authority does not ask questions on its own need.");
    }
    Question question = new Question(UUID.randomUUID(), needId, need.ownerId(), asker.id(), access.subject(),
        input.text().strip(), Clock.now());
    entityManager.persist(question);
    return question.view(true);
  }

  @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.INTEGRATOR})
  public QuestionView answer(UUID needId, UUID questionId, DialogueInputs.AnswerInput input) {
    InputCheck check = InputCheck.validate(validator, input);
    if (input != null) {
      TextRules.plain(check, "text", input.text());
    }
    check.orThrow();
    Question question = entityManager.find(Question.class, questionId);
    if (question == null || !question.needId().equals(needId)) {
      throw Problem.notFound("Question", questionId);
    }
    access.requireOwner(question.needOwnerId(), "the need");
    question.answer(input.text().strip(), Clock.now());
    answered.fire(new QuestionAnswered(question.id(), needId, question.needOwnerId(), question.askerOrganisationId(),
        question.askerSubject()));
    flush("The question");
    return question.view(true);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<QuestionView> questions(UUID needId, String cursor, Integer limit) {
    Need need = needs.visible(needId);
    InputCheck check = InputCheck.start();
    int size = Keyset.limit(check, limit);
    check.orThrow();
    boolean owner = access.owns(need.ownerId()) || access.admin();
    UUID reader = access.organisationId().orElse(null);
    return new Keyset<>(Question.class, "q", "askedAt")
        .and("q.needId = :need", "need", needId)
        .page(entityManager, "askedAt", cursor, size, Question::askedAt, Question::id,
            q -> q.view(owner || q.askerOrganisationId().equals(reader)));
  }

  // Expressions of interest

  @RolesAllowed(Roles.STARTUP_MEMBER)
  public InterestView submit(UUID needId, DialogueInputs.InterestInput input) {
    InputCheck check = InputCheck.validate(validator, input);
    UUID solutionId = null;
    if (input != null) {
      TextRules.plain(check, "pitch", input.pitch());
      if (input.solutionId() != null && !input.solutionId().isBlank()) {
        try {
          solutionId = UUID.fromString(input.solutionId().strip());
        } catch (IllegalArgumentException unreadable) {
          check.add("solutionId", "Not an id: name one of your published solutions.");
        }
      }
    }
    check.orThrow();
    OrganisationView startup = access.actingOrganisation(OrganisationKind::offersSolutions, "startups and companies");
    Need need = needs.visible(needId);
    if (need.status() != NeedStatus.PUBLISHED) {
      throw Problem.conflict("This need is " + need.status() + ": it takes no expressions of interest.");
    }
    Solution solution = entityManager.find(Solution.class, solutionId);
    if (solution == null || !solution.ownerId().equals(startup.id())) {
      throw Problem.invalid(List.of(new FieldError("solutionId", "No solution " + solutionId + " of yours.")));
    }
    if (solution.status() != SolutionStatus.PUBLISHED) {
      throw Problem.invalid(List.of(new FieldError("solutionId", "The solution is " + solution.status()
          + ": publish it first.")));
    }
    boolean already = !entityManager.createQuery(
            "select i.id from ExpressionOfInterest i where i.needId = :need and i.solutionId = :solution", UUID.class)
        .setParameter("need", needId).setParameter("solution", solutionId).getResultList().isEmpty();
    if (already) {
      throw Problem.conflict("You already expressed interest in this need with this solution.");
    }
    ExpressionOfInterest interest = new ExpressionOfInterest(UUID.randomUUID(), needId, need.ownerId(), solutionId,
        startup.id(), input.pitch().strip(), Clock.now());
    entityManager.persist(interest);
    int days = answerDays(need.ownerId());
    submitted.fire(new ExpressionOfInterestSubmitted(interest.id(), needId, need.ownerId(), solutionId, startup.id(),
        interest.answerDue(days)));
    return interest.view(days);
  }

  @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.INTEGRATOR})
  public InterestView shortlist(UUID id, Long expectedVersion) {
    ExpressionOfInterest interest = decidable(id, expectedVersion);
    interest.shortlist(Clock.now());
    return decidedNow(interest, null);
  }

  @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.INTEGRATOR})
  public InterestView decline(UUID id, DialogueInputs.DeclineInput input, Long expectedVersion) {
    InputCheck check = InputCheck.validate(validator, input);
    if (input != null) {
      TextRules.plain(check, "reason", input.reason());
    }
    check.orThrow();
    ExpressionOfInterest interest = decidable(id, expectedVersion);
    interest.decline(input.reason().strip(), Clock.now());
    return decidedNow(interest, interest.declineReason());
  }

  @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.INTEGRATOR})
  public InterestView select(UUID id, Long expectedVersion) {
    ExpressionOfInterest interest = decidable(id, expectedVersion);
    interest.select(Clock.now());
    outcomes.start(interest.id(), interest.needId(), interest.solutionId(), interest.needOwnerId(),
        interest.solutionOwnerId());
    return decidedNow(interest, null);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.INTEGRATOR, Roles.STARTUP_MEMBER, Roles.PLATFORM_ADMIN})
  public InterestView interest(UUID id) {
    ExpressionOfInterest interest = entityManager.find(ExpressionOfInterest.class, id);
    if (interest == null || !party(interest)) {
      throw Problem.notFound("Expression of interest", id);
    }
    return interest.view(answerDays(interest.needOwnerId()));
  }

  /** On a need: all of them for its owner, its own for a startup, nothing for anyone else. */
  @Transactional(Transactional.TxType.SUPPORTS)
  @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.INTEGRATOR, Roles.STARTUP_MEMBER, Roles.PLATFORM_ADMIN})
  public Page<InterestView> ofNeed(UUID needId, String cursor, Integer limit) {
    Need need = needs.visible(needId);
    InputCheck check = InputCheck.start();
    int size = Keyset.limit(check, limit);
    check.orThrow();
    Keyset<ExpressionOfInterest> query = new Keyset<>(ExpressionOfInterest.class, "i", "submittedAt")
        .and("i.needId = :need", "need", needId);
    if (!access.owns(need.ownerId()) && !access.admin()) {
      query.and("i.solutionOwnerId = :own", "own", access.organisationId().orElse(new UUID(0, 0)));
    }
    int days = answerDays(need.ownerId());
    return query.page(entityManager, "submittedAt", cursor, size, ExpressionOfInterest::submittedAt,
        ExpressionOfInterest::id, i -> i.view(days));
  }

  /** The caller's: those its authority received, or those its startup sent. */
  @Transactional(Transactional.TxType.SUPPORTS)
  @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.INTEGRATOR, Roles.STARTUP_MEMBER})
  public Page<InterestView> mine(String status, boolean overdueOnly, String cursor, Integer limit) {
    InputCheck check = InputCheck.start();
    InterestStatus wanted = check.enumValue("status", status, InterestStatus.class);
    int size = Keyset.limit(check, limit);
    check.orThrow();
    UUID own = access.organisationId().orElseThrow(() -> Problem.forbidden("Your token names no organisation."));
    Keyset<ExpressionOfInterest> query = new Keyset<>(ExpressionOfInterest.class, "i", "submittedAt");
    int days = answerDays(own);
    if (overdueOnly) {
      query.and("i.needOwnerId = :own", "own", own)
          .and("i.status = :submitted", "submitted", InterestStatus.SUBMITTED)
          .and("i.submittedAt < :dueBefore", "dueBefore", Clock.now().minus(Duration.ofDays(days)));
    } else {
      query.and("(i.needOwnerId = :own or i.solutionOwnerId = :own)", "own", own);
      if (wanted != null) {
        query.and("i.status = :status", "status", wanted);
      }
    }
    return query.page(entityManager, "submittedAt", cursor, size, ExpressionOfInterest::submittedAt,
        ExpressionOfInterest::id, i -> i.view(answerDays(i.needOwnerId())));
  }

  // The authority's record

  @Transactional(Transactional.TxType.SUPPORTS)
  public DialogueRecord record(UUID organisationId) {
    int days = answerDays(organisationId);
    Instant dueBefore = Clock.now().minus(Duration.ofDays(days));
    long received = count("select count(i) from ExpressionOfInterest i where i.needOwnerId = :org", organisationId, null);
    long overdue = count("select count(i) from ExpressionOfInterest i where i.needOwnerId = :org "
        + "and i.answeredAt is null and i.submittedAt < :due", organisationId, dueBefore);
    List<Object[]> times = entityManager.createQuery("select i.submittedAt, i.answeredAt from ExpressionOfInterest i "
            + "where i.needOwnerId = :org and i.answeredAt is not null", Object[].class)
        .setParameter("org", organisationId).getResultList();
    List<Long> seconds = new ArrayList<>();
    for (Object[] row : times) {
      seconds.add(Duration.between((Instant) row[0], (Instant) row[1]).toSeconds());
    }
    long answeredCount = seconds.size();
    long questions = count("select count(q) from Question q where q.needOwnerId = :org", organisationId, null);
    long questionsAnswered = count("select count(q) from Question q where q.needOwnerId = :org "
        + "and q.answeredAt is not null", organisationId, null);
    Double rate = answeredCount + overdue == 0 ? null : (double) answeredCount / (answeredCount + overdue);
    return new DialogueRecord(organisationId, days, received, answeredCount, overdue, rate, medianHours(seconds),
        questions, questionsAnswered);
  }

  @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.INTEGRATOR})
  public DialogueRecord configure(UUID organisationId, DialogueInputs.SettingsInput input) {
    InputCheck.validate(validator, input).orThrow();
    access.actingOrganisation(OrganisationKind::publishesNeeds, "local authorities and urban developers");
    access.requireOwner(organisationId, "these settings");
    AuthoritySettings settings = entityManager.find(AuthoritySettings.class, organisationId);
    if (settings == null) {
      entityManager.persist(new AuthoritySettings(organisationId, input.answerDays()));
    } else {
      settings.giveDays(input.answerDays());
    }
    flush("The settings");
    return record(organisationId);
  }

  static Double medianHours(List<Long> seconds) {
    if (seconds.isEmpty()) {
      return null;
    }
    List<Long> sorted = new ArrayList<>(seconds);
    Collections.sort(sorted);
    int middle = sorted.size() / 2;
    double median = sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    return Math.round(median / 360.0) / 10.0;
  }

  public int answerDays(UUID authorityId) {
    AuthoritySettings settings = entityManager.find(AuthoritySettings.class, authorityId);
    return settings == null ? defaultAnswerDays : settings.answerDays();
  }

  private long count(String jpql, UUID organisationId, Instant due) {
    var query = entityManager.createQuery(jpql, Long.class).setParameter("org", organisationId);
    if (due != null) {
      query.setParameter("due", due);
    }
    return query.getSingleResult();
  }

  private boolean party(ExpressionOfInterest interest) {
    return access.admin() || access.owns(interest.needOwnerId()) || access.owns(interest.solutionOwnerId());
  }

  private ExpressionOfInterest decidable(UUID id, Long expectedVersion) {
    ExpressionOfInterest interest = entityManager.find(ExpressionOfInterest.class, id);
    if (interest == null || !party(interest)) {
      throw Problem.notFound("Expression of interest", id);
    }
    access.requireOwner(interest.needOwnerId(), "the need");
    Versions.check(expectedVersion, interest.version(), "The expression of interest");
    return interest;
  }

  private InterestView decidedNow(ExpressionOfInterest interest, String reason) {
    decided.fire(new ExpressionOfInterestDecided(interest.id(), interest.needId(), interest.needOwnerId(),
        interest.solutionId(), interest.solutionOwnerId(), interest.status(), reason));
    flush("The expression of interest");
    return interest.view(answerDays(interest.needOwnerId()));
  }

  private void flush(String what) {
    try {
      entityManager.flush();
    } catch (OptimisticLockException concurrent) {
      throw Versions.stale(what);
    }
  }
}
