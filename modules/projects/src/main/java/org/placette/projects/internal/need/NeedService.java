package org.placette.projects.internal.need;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.placette.actors.api.OrganisationKind;
import org.placette.actors.api.OrganisationView;
import org.placette.kernel.caller.Roles;
import org.placette.kernel.paging.Page;
import org.placette.kernel.problem.InputCheck;
import org.placette.kernel.problem.Problem;
import org.placette.projects.api.NeedStatus;
import org.placette.projects.api.Visibility;
import org.placette.projects.api.events.NeedClosed;
import org.placette.projects.api.events.NeedPublished;
import org.placette.projects.api.events.NeedUpdated;
import org.placette.projects.internal.call.CallForSolutions;
import org.placette.projects.internal.common.Access;
import org.placette.projects.internal.common.Clock;
import org.placette.projects.internal.common.Cursor;
import org.placette.projects.internal.common.LanguageDetection;
import org.placette.projects.internal.common.PlainText;
import org.placette.projects.internal.common.TextLanguages;
import org.placette.projects.internal.common.TextRules;
import org.placette.projects.internal.common.Versions;
import org.placette.projects.internal.theme.Themes;

/**
 * What authorities do with their needs, and what everyone may read of them. Each change that
 * others may see fires exactly one event, inside the transaction; a draft's changes fire none.
 */
@ApplicationScoped
@Transactional
public class NeedService {

  static final int MAX_LIMIT = 100;
  private static final LocalDate NO_DEADLINE = LocalDate.of(9999, 12, 31);

  @PersistenceContext(unitName = "projects")
  private EntityManager entityManager;

  @Inject private Access access;
  @Inject private Validator validator;
  @Inject private LanguageDetection languages;
  @Inject private Event<NeedPublished> published;
  @Inject private Event<NeedUpdated> updated;
  @Inject private Event<NeedClosed> closed;

  @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.INTEGRATOR})
  public NeedView create(NeedInput input) {
    OrganisationView owner = access.actingOrganisation(OrganisationKind::publishesNeeds, "local authorities and urban developers");
    NeedInputs.Checked checked = NeedInputs.check(validator, input, Clock.today());
    checkCall(checked.content().callId(), owner.id());
    Instant now = Clock.now();
    String language = language(checked, owner);
    Need need = new Need(UUID.randomUUID(), owner.id(), checked.content(), language, checked.givenLanguage() == null, now);
    entityManager.persist(need);
    entityManager.persist(need.firstRevision(access.subject()));
    return need.view();
  }

  @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.INTEGRATOR})
  public NeedView update(UUID id, NeedInput input, Long expectedVersion) {
    Need need = owned(id, expectedVersion);
    NeedInputs.Checked checked = NeedInputs.check(validator, input, Clock.today());
    checkCall(checked.content().callId(), need.ownerId());
    Instant now = Clock.now();
    if (need.rewritesDraftStatement(checked.content())) {
      // A draft has no readers yet: its first revision is simply rewritten.
      entityManager.find(NeedRevision.class, new NeedRevision.Key(id, 1)).rewrite(checked.content().problemStatement(), now);
    }
    need.update(checked.content(), language(checked, access.organisation().orElse(null)),
        checked.givenLanguage() == null, now);
    if (need.status() == NeedStatus.PUBLISHED) {
      updated.fire(new NeedUpdated(need.facts()));
    }
    return saved(need).view();
  }

  @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.INTEGRATOR})
  public NeedView publish(UUID id, Long expectedVersion) {
    Need need = owned(id, expectedVersion);
    need.publish(Clock.today(), Clock.now());
    published.fire(new NeedPublished(need.facts()));
    return saved(need).view();
  }

  @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.INTEGRATOR})
  public NeedView close(UUID id, Long expectedVersion) {
    Need need = owned(id, expectedVersion);
    need.close(Clock.now());
    closed.fire(new NeedClosed(need.id(), need.externalRef(), need.ownerId(), NeedStatus.CLOSED));
    return saved(need).view();
  }

  @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.INTEGRATOR})
  public NeedView award(UUID id, Long expectedVersion) {
    Need need = owned(id, expectedVersion);
    need.award(Clock.now());
    updated.fire(new NeedUpdated(need.facts()));
    return saved(need).view();
  }

  @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.INTEGRATOR})
  public NeedView cancel(UUID id, NeedInput.CancellationInput input, Long expectedVersion) {
    Need need = owned(id, expectedVersion);
    String reason = input == null ? null : PlainText.clean(input.reason());
    InputCheck check = input == null ? InputCheck.start() : InputCheck.validate(validator, input);
    TextRules.plain(check, "reason", reason);
    check.orThrow();
    NeedStatus before = need.cancel(reason, Clock.now());
    if (before == NeedStatus.PUBLISHED) {
      closed.fire(new NeedClosed(need.id(), need.externalRef(), need.ownerId(), NeedStatus.CANCELLED));
    } else if (before == NeedStatus.CLOSED) {
      updated.fire(new NeedUpdated(need.facts()));
    }
    return saved(need).view();
  }

  @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.INTEGRATOR})
  public RevisionView revise(UUID id, NeedInput.RevisionInput input, Long expectedVersion) {
    InputCheck check = InputCheck.validate(validator, input);
    if (input != null) {
      TextRules.plain(check, "problemStatement", input.problemStatement());
      TextRules.plain(check, "note", input.note());
    }
    check.orThrow();
    Need need = owned(id, expectedVersion);
    NeedRevision revision = need.revise(input.problemStatement().strip(), PlainText.clean(input.note()),
        access.subject(), Clock.now());
    entityManager.persist(revision);
    updated.fire(new NeedUpdated(need.facts()));
    saved(need);
    return revision.view();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public NeedView get(UUID id) {
    return visible(id).view();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<RevisionView> revisions(UUID id) {
    visible(id);
    return entityManager.createQuery(
            "select r from NeedRevision r where r.needId = :need order by r.number", NeedRevision.class)
        .setParameter("need", id)
        .getResultList().stream().map(NeedRevision::view).toList();
  }

  /** The need if the caller may read it; 404 otherwise, so that hidden needs are not revealed. */
  public Need visible(UUID id) {
    Need need = entityManager.find(Need.class, id);
    if (need == null || !readable(need)) {
      throw Problem.notFound("Need", id);
    }
    return need;
  }

  public boolean readable(Need need) {
    if (access.admin() || access.owns(need.ownerId())) {
      return true;
    }
    if (need.status() == NeedStatus.DRAFT) {
      return false;
    }
    return need.visibility() == Visibility.PUBLIC || access.verifiedMember();
  }

  /** One page of the needs the caller may read, filtered and sorted as asked. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<NeedView> list(NeedQuery query) {
    InputCheck check = InputCheck.start();
    NeedStatus status = check.enumValue("status", query.status(), NeedStatus.class);
    if (query.theme() != null && !Themes.known(query.theme())) {
      check.add("theme", Themes.unknownMessage(query.theme()));
    }
    if (query.language() != null && !TextLanguages.supported(query.language())) {
      check.add("language", TextLanguages.unsupportedMessage(query.language()));
    }
    LocalDate from = date(check, "deadlineFrom", query.deadlineFrom());
    LocalDate to = date(check, "deadlineTo", query.deadlineTo());
    UUID organisation = uuid(check, "organisation", query.organisation());
    UUID call = uuid(check, "call", query.call());
    Sort sort = Sort.parse(check, query.sort());
    int limit = limit(check, query.limit());
    check.orThrow();
    Cursor after = Cursor.decode(query.cursor(), sort.name);

    StringBuilder jpql = new StringBuilder("select n from Need n where 1 = 1");
    Map<String, Object> parameters = new LinkedHashMap<>();
    if (status != null) {
      jpql.append(" and n.status = :status");
      parameters.put("status", status);
    } else {
      jpql.append(" and n.status <> :draft");
      parameters.put("draft", NeedStatus.DRAFT);
    }
    if (!access.admin()) {
      UUID own = access.organisationId().orElse(null);
      // Drafts are their owner's alone; needs for verified members need a verified reader.
      jpql.append(" and (n.status <> :hiddenDraft or n.ownerId = :own)");
      parameters.put("hiddenDraft", NeedStatus.DRAFT);
      if (!access.verifiedMember()) {
        jpql.append(" and (n.visibility = :public or n.ownerId = :own)");
        parameters.put("public", Visibility.PUBLIC);
      }
      parameters.put("own", own == null ? new UUID(0, 0) : own);
    }
    if (query.theme() != null) {
      jpql.append(" and :theme member of n.themes");
      parameters.put("theme", query.theme());
    }
    if (query.country() != null) {
      jpql.append(" and n.territory.country = :country");
      parameters.put("country", query.country().strip().toUpperCase(java.util.Locale.ROOT));
    }
    if (query.language() != null) {
      jpql.append(" and n.language = :language");
      parameters.put("language", query.language());
    }
    if (from != null) {
      jpql.append(" and n.deadline >= :from");
      parameters.put("from", from);
    }
    if (to != null) {
      jpql.append(" and n.deadline <= :to");
      parameters.put("to", to);
    }
    if (organisation != null) {
      jpql.append(" and n.ownerId = :organisation");
      parameters.put("organisation", organisation);
    }
    if (call != null) {
      jpql.append(" and n.callId = :call");
      parameters.put("call", call);
    }
    String key = sort.byDeadline ? "coalesce(n.deadline, :noDeadline)" : "n.createdAt";
    if (sort.byDeadline) {
      parameters.put("noDeadline", NO_DEADLINE);
    }
    String comparison = sort.descending ? "<" : ">";
    if (after != null) {
      jpql.append(" and (").append(key).append(' ').append(comparison).append(" :afterValue or (")
          .append(key).append(" = :afterValue and n.id ").append(comparison).append(" :afterId))");
      try {
        parameters.put("afterValue", sort.byDeadline ? LocalDate.parse(after.value()) : Instant.parse(after.value()));
      } catch (DateTimeParseException | NullPointerException corrupt) {
        throw Problem.invalid(List.of(new org.placette.kernel.problem.FieldError("cursor",
            "Unknown cursor: pass the 'next' value of the previous page unchanged.")));
      }
      parameters.put("afterId", after.id());
    }
    String direction = sort.descending ? " desc" : " asc";
    jpql.append(" order by ").append(key).append(direction).append(", n.id").append(direction);
    TypedQuery<Need> select = entityManager.createQuery(jpql.toString(), Need.class);
    parameters.forEach(select::setParameter);
    List<Need> found = new ArrayList<>(select.setMaxResults(limit + 1).getResultList());
    String next = null;
    if (found.size() > limit) {
      found = found.subList(0, limit);
      Need last = found.get(found.size() - 1);
      NeedView lastView = last.view();
      String value = sort.byDeadline
          ? (lastView.deadline() == null ? NO_DEADLINE : lastView.deadline()).toString()
          : lastView.createdAt().toString();
      next = new Cursor(sort.name, value, last.id()).encode();
    }
    return new Page<>(found.stream().map(Need::view).toList(), next);
  }

  /** The sorts a need list offers: by creation (default, newest first) or by deadline. */
  private record Sort(String name, boolean byDeadline, boolean descending) {
    static final List<String> ALLOWED = List.of("-createdAt", "createdAt", "deadline", "-deadline");

    static Sort parse(InputCheck check, String given) {
      String name = given == null ? "-createdAt" : given.strip();
      if (!ALLOWED.contains(name)) {
        check.add("sort", "Unknown sort '" + given + "'; allowed values: " + String.join(", ", ALLOWED) + ".");
        name = "-createdAt";
      }
      return new Sort(name, name.endsWith("deadline"), name.startsWith("-"));
    }
  }

  static int limit(InputCheck check, Integer given) {
    if (given == null) {
      return 20;
    }
    check.require(given >= 1 && given <= MAX_LIMIT, "limit", "The limit is between 1 and " + MAX_LIMIT + ".");
    return Math.max(1, Math.min(given, MAX_LIMIT));
  }

  static LocalDate date(InputCheck check, String field, String value) {
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

  static UUID uuid(InputCheck check, String field, String value) {
    if (value == null) {
      return null;
    }
    try {
      return UUID.fromString(value.strip());
    } catch (IllegalArgumentException unreadable) {
      check.add(field, "Not an id.");
      return null;
    }
  }

  private Need owned(UUID id, Long expectedVersion) {
    Need need = entityManager.find(Need.class, id);
    if (need == null || !readable(need)) {
      throw Problem.notFound("Need", id);
    }
    access.requireOwner(need.ownerId(), "this need");
    Versions.check(expectedVersion, need.version(), "The need");
    return need;
  }

  /**
   * Writes the change now, so that a concurrent change of the same need (both read the same
   * version) fails here, as a 412, and rolls back with whatever event it fired.
   */
  private Need saved(Need need) {
    try {
      entityManager.flush();
    } catch (OptimisticLockException concurrent) {
      throw Versions.stale("The need");
    }
    return need;
  }

  private void checkCall(UUID callId, UUID ownerId) {
    if (callId == null) {
      return;
    }
    CallForSolutions call = entityManager.find(CallForSolutions.class, callId);
    if (call == null || !call.ownerId().equals(ownerId)) {
      throw Problem.invalid(List.of(new org.placette.kernel.problem.FieldError("callId",
          "No call for solutions " + callId + " of yours.")));
    }
    if (!call.open()) {
      throw Problem.conflict("The call for solutions " + callId + " is closed: it takes no more needs.");
    }
  }

  private String language(NeedInputs.Checked checked, OrganisationView owner) {
    if (checked.givenLanguage() != null) {
      return checked.givenLanguage();
    }
    NeedContent content = checked.content();
    return languages.detect(content.title() + ". " + content.problemStatement())
        .or(() -> owner == null ? java.util.Optional.empty()
            : owner.languages().stream().filter(TextLanguages::supported).findFirst())
        .orElseThrow(() -> Problem.invalid(List.of(new org.placette.kernel.problem.FieldError("language",
            "The language could not be detected: give it (fr, en or es)."))));
  }
}
