package org.placette.matchmaking.internal.similar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.placette.kernel.problem.InputCheck;
import org.placette.kernel.problem.Problem;
import org.placette.matchmaking.internal.access.Viewer;
import org.placette.matchmaking.internal.analysis.Language;
import org.placette.matchmaking.internal.concept.ConceptThesaurus;
import org.placette.matchmaking.internal.index.Scoring;
import org.placette.matchmaking.internal.index.ScoringProfiles;
import org.placette.matchmaking.internal.match.ExplanationView;
import org.placette.matchmaking.internal.match.MatchedItem;
import org.placette.matchmaking.internal.profile.MatchProfile;
import org.placette.matchmaking.internal.profile.Side;
import org.placette.matchmaking.internal.scoring.ScoredCandidate;
import org.placette.matchmaking.internal.scoring.ScoringProfile;
import org.placette.projects.api.NeedFacts;
import org.placette.projects.api.NeedStatus;
import org.placette.projects.api.ProjectsCatalogue;

/**
 * Finds other authorities' needs like a given one, computed on request with the matching scorer
 * (need against needs, past ones included). A draft is compared too, for its owner, in the
 * language it is written in: that is when pooling is cheapest.
 */
@ApplicationScoped
public class SimilarNeeds {

  public static final int MAX_LIMIT = 50;

  @PersistenceContext(unitName = "matchmaking")
  private EntityManager entityManager;

  @Inject private Scoring scoring;
  @Inject private ScoringProfiles profiles;
  @Inject private ProjectsCatalogue catalogue;
  @Inject private ConceptThesaurus thesaurus;
  @Inject private Viewer viewer;

  public List<SimilarNeed> similarTo(UUID needId, String limitParameter) {
    InputCheck check = InputCheck.start();
    Integer limit = check.integer("limit", limitParameter, 1, MAX_LIMIT);
    check.orThrow();
    NeedFacts need = catalogue.findNeed(needId).orElseThrow(() -> Problem.notFound("Need", needId));
    MatchProfile stored = entityManager.find(MatchProfile.class, needId);
    ScoringProfile item;
    if (stored != null && stored.side() == Side.NEED) {
      if (!viewer.sees(stored)) {
        throw Problem.notFound("Need", needId);
      }
      item = profiles.of(stored);
    } else if (need.status() == NeedStatus.DRAFT && (viewer.owns(need.ownerId()) || viewer.admin())) {
      String body = String.join("\n\n", nonBlank(need.problemStatement(), need.context(), need.expectedOutcomes()));
      item = profiles.transientProfile(needId.toString(), Language.ofCode(need.language()).orElse(Language.FR), need.title(), body);
    } else {
      throw Problem.notFound("Need", needId);
    }
    int wanted = limit == null ? 10 : limit;
    List<SimilarNeed> similar = new ArrayList<>();
    for (ScoredCandidate candidate : scoring.candidates(item, Side.NEED, wanted * 3, true)) {
      MatchProfile other = entityManager.find(MatchProfile.class, UUID.fromString(candidate.id()));
      if (other == null || other.ownerId() == null || other.ownerId().equals(need.ownerId()) || !viewer.sees(other)) {
        continue;
      }
      String status = catalogue.findNeed(other.id()).map(facts -> facts.status().name()).orElse("CLOSED");
      similar.add(new SimilarNeed(MatchedItem.of(other), candidate.score(), ExplanationView.of(candidate.explanation(), thesaurus), status));
      if (similar.size() == wanted) {
        break;
      }
    }
    return similar;
  }

  private static List<String> nonBlank(String... parts) {
    List<String> kept = new ArrayList<>();
    for (String part : parts) {
      if (part != null && !part.isBlank()) {
        kept.add(part);
      }
    }
    return kept;
  }
}
