package org.placette.projects.internal.solution;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.placette.actors.api.OrganisationKind;
import org.placette.actors.api.OrganisationView;
import org.placette.kernel.caller.Roles;
import org.placette.kernel.paging.Page;
import org.placette.kernel.problem.FieldError;
import org.placette.kernel.problem.InputCheck;
import org.placette.kernel.problem.Problem;
import org.placette.projects.api.SolutionStatus;
import org.placette.projects.api.events.SolutionPublished;
import org.placette.projects.api.events.SolutionUpdated;
import org.placette.projects.internal.common.Access;
import org.placette.projects.internal.common.Clock;
import org.placette.projects.internal.common.Keyset;
import org.placette.projects.internal.common.LanguageDetection;
import org.placette.projects.internal.common.PlainText;
import org.placette.projects.internal.common.TextLanguages;
import org.placette.projects.internal.common.TextRules;
import org.placette.projects.internal.common.Versions;
import org.placette.projects.internal.theme.Themes;

/** What startups and companies do with their solutions, and what everyone may read of them. */
@ApplicationScoped
@Transactional
public class SolutionService {

  @PersistenceContext(unitName = "projects")
  private EntityManager entityManager;

  @Inject private Access access;
  @Inject private Validator validator;
  @Inject private LanguageDetection languages;
  @Inject private Event<SolutionPublished> published;
  @Inject private Event<SolutionUpdated> updated;

  @RolesAllowed(Roles.STARTUP_MEMBER)
  public SolutionView create(SolutionInput input) {
    OrganisationView owner = access.actingOrganisation(OrganisationKind::offersSolutions, "startups and companies");
    Checked checked = check(input);
    String language = language(checked, owner);
    Solution solution = new Solution(UUID.randomUUID(), owner.id(), checked.content, language,
        checked.language == null, Clock.now());
    entityManager.persist(solution);
    return solution.view();
  }

  @RolesAllowed(Roles.STARTUP_MEMBER)
  public SolutionView update(UUID id, SolutionInput input, Long expectedVersion) {
    Solution solution = owned(id, expectedVersion);
    Checked checked = check(input);
    solution.update(checked.content, language(checked, access.organisation().orElse(null)), checked.language == null,
        Clock.now());
    if (solution.status() == SolutionStatus.PUBLISHED) {
      updated.fire(new SolutionUpdated(solution.facts()));
    }
    return saved(solution).view();
  }

  @RolesAllowed(Roles.STARTUP_MEMBER)
  public SolutionView publish(UUID id, Long expectedVersion) {
    Solution solution = owned(id, expectedVersion);
    solution.publish(Clock.now());
    published.fire(new SolutionPublished(solution.facts()));
    return saved(solution).view();
  }

  @RolesAllowed(Roles.STARTUP_MEMBER)
  public SolutionView archive(UUID id, Long expectedVersion) {
    Solution solution = owned(id, expectedVersion);
    if (solution.archive(Clock.now())) {
      updated.fire(new SolutionUpdated(solution.facts()));
    }
    return saved(solution).view();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public SolutionView get(UUID id) {
    return visible(id).view();
  }

  public Solution visible(UUID id) {
    Solution solution = entityManager.find(Solution.class, id);
    if (solution == null || (solution.status() == SolutionStatus.DRAFT && !access.admin()
        && !access.owns(solution.ownerId()))) {
      throw Problem.notFound("Solution", id);
    }
    return solution;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<SolutionView> list(String status, String theme, String language, String country, String organisation,
      Integer trlMin, String sort, String cursor, Integer limit) {
    InputCheck check = InputCheck.start();
    SolutionStatus wanted = check.enumValue("status", status, SolutionStatus.class);
    if (theme != null && !Themes.known(theme)) {
      check.add("theme", Themes.unknownMessage(theme));
    }
    if (language != null && !TextLanguages.supported(language)) {
      check.add("language", TextLanguages.unsupportedMessage(language));
    }
    UUID owner = null;
    if (organisation != null) {
      try {
        owner = UUID.fromString(organisation.strip());
      } catch (IllegalArgumentException unreadable) {
        check.add("organisation", "Not an id.");
      }
    }
    check.require(trlMin == null || (trlMin >= 1 && trlMin <= 9), "trlMin", "TRL is 1 to 9.");
    String order = sort == null ? "-createdAt" : sort.strip();
    check.require(order.equals("-createdAt") || order.equals("createdAt"), "sort",
        "Unknown sort '" + sort + "'; allowed values: -createdAt, createdAt.");
    int size = Keyset.limit(check, limit);
    check.orThrow();

    Keyset<Solution> query = new Keyset<>(Solution.class, "s", "createdAt");
    query.and("s.status = :status", "status", wanted == null ? SolutionStatus.PUBLISHED : wanted);
    if (wanted == SolutionStatus.DRAFT && !access.admin()) {
      query.and("s.ownerId = :own", "own", access.organisationId().orElse(new UUID(0, 0)));
    }
    if (theme != null) {
      query.and(":theme member of s.themes", "theme", theme);
    }
    if (language != null) {
      query.and("s.language = :language", "language", language);
    }
    if (country != null) {
      query.and(":country member of s.coverage", "country", country.strip().toUpperCase(Locale.ROOT));
    }
    if (owner != null) {
      query.and("s.ownerId = :owner", "owner", owner);
    }
    if (trlMin != null) {
      query.and("s.trl >= :trlMin", "trlMin", trlMin);
    }
    return query.page(entityManager, order, cursor, size, Solution::createdAt, Solution::id, Solution::view);
  }

  private Solution owned(UUID id, Long expectedVersion) {
    Solution solution = visible(id);
    access.requireOwner(solution.ownerId(), "this solution");
    Versions.check(expectedVersion, solution.version(), "The solution");
    return solution;
  }

  private Solution saved(Solution solution) {
    try {
      entityManager.flush();
    } catch (OptimisticLockException concurrent) {
      throw Versions.stale("The solution");
    }
    return solution;
  }

  private record Checked(SolutionContent content, String language) {}

  private Checked check(SolutionInput input) {
    InputCheck check = InputCheck.validate(validator, input);
    if (input == null) {
      check.orThrow();
    }
    TextRules.plain(check, "title", input.title());
    TextRules.plain(check, "summary", input.summary());
    TextRules.plain(check, "description", input.description());
    TextRules.plain(check, "references", input.references());
    List<String> themes = new ArrayList<>();
    if (input.themes() != null) {
      for (int i = 0; i < input.themes().size(); i++) {
        String code = input.themes().get(i);
        if (Themes.known(code)) {
          themes.add(code);
        } else {
          check.add("themes[" + i + "]", Themes.unknownMessage(code));
        }
      }
    }
    PricingModel pricing = check.enumValue("pricingModel", input.pricingModel(), PricingModel.class);
    String language = PlainText.clean(input.language());
    if (language != null && !TextLanguages.supported(language)) {
      check.add("language", TextLanguages.unsupportedMessage(language));
    }
    check.orThrow();
    List<String> references = input.references() == null ? List.of()
        : input.references().stream().map(String::strip).toList();
    return new Checked(new SolutionContent(input.title().strip(), input.summary().strip(), input.description().strip(),
        List.copyOf(new LinkedHashSet<>(themes)), input.trl(), references, pricing,
        input.languages() == null ? List.of() : List.copyOf(new LinkedHashSet<>(input.languages())),
        input.coverage() == null ? List.of() : List.copyOf(new LinkedHashSet<>(input.coverage()))), language);
  }

  private String language(Checked checked, OrganisationView owner) {
    if (checked.language != null) {
      return checked.language;
    }
    SolutionContent content = checked.content;
    return languages.detect(content.title() + ". " + content.summary() + " " + content.description())
        .or(() -> owner == null ? java.util.Optional.empty()
            : owner.languages().stream().filter(TextLanguages::supported).findFirst())
        .orElseThrow(() -> Problem.invalid(List.of(new FieldError("language",
            "The language could not be detected: give it (fr, en or es)."))));
  }
}
