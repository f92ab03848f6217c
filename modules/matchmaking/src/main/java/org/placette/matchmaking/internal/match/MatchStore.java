package org.placette.matchmaking.internal.match;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.placette.matchmaking.api.events.MatchFound;
import org.placette.matchmaking.api.events.MatchesFound;
import org.placette.matchmaking.internal.concept.Concept;
import org.placette.matchmaking.internal.concept.ConceptThesaurus;
import org.placette.matchmaking.internal.analysis.Language;
import org.placette.matchmaking.internal.profile.MatchProfile;
import org.placette.matchmaking.internal.profile.ProfileClaims;
import org.placette.matchmaking.internal.profile.ProfileClaims.Claim;
import org.placette.matchmaking.internal.profile.ProfileStatus;
import org.placette.matchmaking.internal.profile.Side;
import org.placette.matchmaking.internal.scoring.MatchExplanation;
import org.placette.matchmaking.internal.scoring.ScoredCandidate;

/**
 * Replaces an item's stored matches with a new computation, in one transaction with the
 * announcements it causes (MatchesFound, which the notifications module turns into its outbox
 * rows): the matches and their announcements commit together or not at all.
 */
@ApplicationScoped
public class MatchStore {

  @PersistenceContext(unitName = "matchmaking")
  private EntityManager entityManager;

  @Inject private ProfileClaims claims;
  @Inject private MatchingSettings settings;
  @Inject private ConceptThesaurus thesaurus;
  @Inject private Event<MatchesFound> found;

  /**
   * Stores the ranking computed for a claimed item; returns the ids of the candidates whose own
   * rankings may have changed with it: those gained, those lost, and those whose score moved by
   * half a material rise or more (scores are nearly symmetric, so theirs for this item moved too).
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Set<UUID> store(Claim claim, List<ScoredCandidate> ranking, String algorithm) {
    MatchProfile item = claims.locked(claim.id()).orElse(null);
    if (item == null) {
      return Set.of();
    }
    Set<UUID> touched = new LinkedHashSet<>();
    if (item.status() == ProfileStatus.ARCHIVED) {
      touched.addAll(withdraw(item));
      item.matchesComputed();
      return touched;
    }
    Direction direction = Direction.from(item.side());
    Map<UUID, Match> existing = new HashMap<>();
    matchesOf(item.id(), direction).forEach(match -> existing.put(match.candidateId(), match));
    List<ScoredCandidate> kept = ranking.stream().filter(candidate -> candidate.score() >= settings.floor())
        .limit(settings.limit()).toList();
    Map<UUID, MatchProfile> candidates = published(kept.stream().map(candidate -> UUID.fromString(candidate.id())).toList());
    Instant now = Instant.now();
    List<MatchFound> announced = new ArrayList<>();
    for (ScoredCandidate candidate : kept) {
      UUID candidateId = UUID.fromString(candidate.id());
      MatchProfile other = candidates.get(candidateId);
      if (other == null) {
        continue;
      }
      MatchExplanation explanation = candidate.explanation();
      Match match = existing.remove(candidateId);
      boolean added = match == null;
      if (added) {
        match = direction == Direction.NEED_TO_SOLUTIONS
            ? new Match(direction, item.id(), candidateId) : new Match(direction, candidateId, item.id());
      }
      if (added || Math.abs(match.score() - candidate.score()) >= settings.materialRise() / 2) {
        touched.add(candidateId);
      }
      match.scored(candidate.score(), ExplanationJson.write(explanation), algorithm, now);
      if (added) {
        entityManager.persist(match);
      }
      if (claim.announce() && match.worthAnnouncing(settings.materialRise())) {
        announced.add(announcement(match, item, other, explanation));
        match.announced();
      }
    }
    if (!announced.isEmpty()) {
      found.fire(new MatchesFound(announced));
    }
    for (Match gone : existing.values()) {
      entityManager.remove(gone);
      touched.add(gone.candidateId());
    }
    if (item.version() == claim.version()) {
      item.matchesComputed();
    } else {
      item.matchesOutdated();
    }
    return touched;
  }

  /**
   * Asks for the candidates' rankings to be refreshed, after a delay so that a burst of changes
   * costs one refresh each. Never announces: their own content did not change.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void refreshLater(Collection<UUID> candidateIds) {
    if (candidateIds.isEmpty()) {
      return;
    }
    Instant due = Instant.now().plus(settings.refreshDelay());
    entityManager.createQuery("update MatchProfile p set p.matchesDueAt = :due where p.id in :ids"
            + " and p.status = :published and (p.matchesDueAt is null or p.matchesDueAt > :due)")
        .setParameter("due", due)
        .setParameter("ids", candidateIds)
        .setParameter("published", ProfileStatus.PUBLISHED)
        .executeUpdate();
  }

  private Collection<UUID> withdraw(MatchProfile item) {
    String side = item.side() == Side.NEED ? "needId" : "solutionId";
    List<Match> all = entityManager.createQuery("select m from Match m where m." + side + " = :id", Match.class)
        .setParameter("id", item.id()).getResultList();
    List<UUID> others = new ArrayList<>();
    for (Match match : all) {
      others.add(item.side() == Side.NEED ? match.solutionId() : match.needId());
      entityManager.remove(match);
    }
    return others;
  }

  private List<Match> matchesOf(UUID itemId, Direction direction) {
    String side = direction == Direction.NEED_TO_SOLUTIONS ? "needId" : "solutionId";
    return entityManager.createQuery("select m from Match m where m.direction = :direction and m." + side + " = :id", Match.class)
        .setParameter("direction", direction).setParameter("id", itemId).getResultList();
  }

  /**
   * The candidates still published: the scorer took their status from the index, which may not
   * yet show one that was archived a moment ago.
   */
  private Map<UUID, MatchProfile> published(List<UUID> ids) {
    Map<UUID, MatchProfile> byId = new HashMap<>();
    if (!ids.isEmpty()) {
      entityManager.createQuery("select p from MatchProfile p where p.id in :ids and p.status = :published", MatchProfile.class)
          .setParameter("ids", ids).setParameter("published", ProfileStatus.PUBLISHED).getResultList()
          .forEach(profile -> byId.put(profile.id(), profile));
    }
    return byId;
  }

  private MatchFound announcement(Match match, MatchProfile item, MatchProfile other, MatchExplanation explanation) {
    MatchProfile need = item.side() == Side.NEED ? item : other;
    MatchProfile solution = item.side() == Side.NEED ? other : item;
    List<MatchFound.ConceptLabel> concepts = new ArrayList<>();
    for (String id : explanation.sharedConcepts()) {
      thesaurus.concept(id).ifPresent(concept -> concepts.add(label(concept)));
    }
    return new MatchFound(match.id(), party(need), party(solution), match.score(), concepts, explanation.matchedTerms(),
        item.side() == Side.NEED ? MatchFound.Trigger.NEED_CHANGED : MatchFound.Trigger.SOLUTION_CHANGED, match.algorithm());
  }

  private static MatchFound.Party party(MatchProfile profile) {
    return new MatchFound.Party(profile.id(), profile.externalRef(), profile.ownerId(), profile.label(),
        profile.originalLanguage().code(), profile.themeCodes());
  }

  private static MatchFound.ConceptLabel label(Concept concept) {
    return new MatchFound.ConceptLabel(concept.id(), concept.label(Language.FR), concept.label(Language.EN), concept.label(Language.ES));
  }
}
