package org.placette.matchmaking.internal.profile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.placette.matchmaking.internal.analysis.Language;
import org.placette.projects.api.NeedFacts;
import org.placette.projects.api.NeedStatus;
import org.placette.projects.api.SolutionFacts;
import org.placette.projects.api.SolutionStatus;
import org.placette.projects.api.events.NeedClosed;
import org.placette.projects.api.events.NeedPublished;
import org.placette.projects.api.events.NeedUpdated;
import org.placette.projects.api.events.SolutionPublished;
import org.placette.projects.api.events.SolutionUpdated;

/**
 * Keeps matchmaking's copy of the catalogue in step with the projects module, inside the
 * transaction that changed the need or solution: the profile and its pending work (translation,
 * matches) commit with the change or not at all, so a crash loses neither. The work itself runs
 * after the commit ({@code MatchWork}).
 */
@ApplicationScoped
public class ProfileSync {

  @PersistenceContext(unitName = "matchmaking")
  private EntityManager entityManager;

  @Inject private Event<ProfileChanged> changed;

  @Inject private ConceptTagging concepts;

  void needPublished(@Observes NeedPublished event) {
    write(event.need());
  }

  void needUpdated(@Observes NeedUpdated event) {
    write(event.need());
  }

  void needClosed(@Observes NeedClosed event) {
    archive(event.needId());
  }

  void solutionPublished(@Observes SolutionPublished event) {
    write(event.solution());
  }

  void solutionUpdated(@Observes SolutionUpdated event) {
    write(event.solution());
  }

  private void write(NeedFacts need) {
    if (need.status() != NeedStatus.PUBLISHED) {
      archive(need.id());
      return;
    }
    String body = paragraphs(need.problemStatement(), need.context(), need.expectedOutcomes());
    MatchProfile profile = entityManager.find(MatchProfile.class, need.id());
    if (profile == null) {
      profile = new NeedProfile(need.id(), language(need.language()), need.title(), body);
      entityManager.persist(profile);
    } else if (!profile.reads(need.title(), body)) {
      profile.rewrite(need.title(), body);
    }
    profile.identify(need.externalRef(), need.ownerId(), need.title());
    profile.showTo(need.visibility().name());
    profile.classify(need.themes());
    profile.locate(need.country(), need.region());
    ready(profile);
  }

  private void write(SolutionFacts solution) {
    if (solution.status() != SolutionStatus.PUBLISHED) {
      archive(solution.id());
      return;
    }
    // The summary says in a sentence what the solution does: it weighs as a title does.
    String title = solution.title() + ". " + solution.summary();
    MatchProfile profile = entityManager.find(MatchProfile.class, solution.id());
    if (profile == null) {
      profile = new SolutionProfile(solution.id(), language(solution.language()), title, solution.description());
      entityManager.persist(profile);
    } else if (!profile.reads(title, solution.description())) {
      profile.rewrite(title, solution.description());
    }
    profile.identify(solution.externalRef(), solution.ownerId(), solution.title());
    profile.showTo("PUBLIC");
    profile.classify(solution.themes());
    // Where a solution is offered is what its coverage says; its first entry stands for the
    // territory factor until coverage is scored entry by entry.
    String country = solution.coverage().stream().map(code -> code.substring(0, 2)).findFirst().orElse(null);
    profile.locate(country, solution.coverage().stream().filter(code -> code.length() > 2).findFirst().orElse(null));
    profile.mature(solution.trl());
    ready(profile);
  }

  private void ready(MatchProfile profile) {
    concepts.tag(profile);
    profile.publish();
    profile.matchesDue(Instant.now(), true);
    changed.fire(new ProfileChanged(profile.id()));
  }

  private void archive(UUID id) {
    MatchProfile profile = entityManager.find(MatchProfile.class, id);
    if (profile != null) {
      profile.archive();
      changed.fire(new ProfileChanged(profile.id()));
    }
  }

  private static String language(String code) {
    return Language.ofCode(code).map(Language::code).orElse(Language.FR.code());
  }

  private static String paragraphs(String... parts) {
    return Stream.of(parts).filter(Objects::nonNull).filter(part -> !part.isBlank())
        .collect(Collectors.joining("\n\n"));
  }

  /** Fired in the writing transaction; observed after commit to start the work at once. */
  public record ProfileChanged(UUID profileId) {}
}
