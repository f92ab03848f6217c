package org.placette.matchmaking.internal.match;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.placette.kernel.problem.InputCheck;
import org.placette.kernel.problem.Problem;
import org.placette.matchmaking.internal.access.Viewer;
import org.placette.matchmaking.internal.profile.MatchProfile;

/** Records the owning authority's verdicts on its need's matches; a new verdict replaces the last. */
@ApplicationScoped
public class FeedbackService {

  @PersistenceContext(unitName = "matchmaking")
  private EntityManager entityManager;

  @Inject private Viewer viewer;

  /**
   * How often the scorer agrees with the authorities' verdicts: a verdict agrees when a relevant
   * match scored at least {@code threshold}, or an irrelevant one below it.
   */
  @Transactional
  public Agreement agreement(int threshold) {
    List<Feedback> all = entityManager.createQuery("select f from Feedback f", Feedback.class).getResultList();
    long relevant = all.stream().filter(Feedback::relevant).count();
    long agreeing = all.stream().filter(f -> f.relevant() == (f.score() >= threshold)).count();
    return new Agreement(all.size(), relevant, threshold, all.isEmpty() ? null : (double) agreeing / all.size());
  }

  /** {@code share} is null while no verdict was given. */
  public record Agreement(long verdicts, long relevant, int threshold, Double share) {}

  @Transactional
  public FeedbackView judge(UUID matchId, FeedbackInput input) {
    InputCheck.start().require(input != null && input.relevant() != null, "relevant", "relevant is required: true or false.")
        .orThrow();
    Match match = entityManager.find(Match.class, matchId);
    MatchProfile need = match == null ? null : entityManager.find(MatchProfile.class, match.needId());
    if (need == null || !viewer.sees(need)) {
      throw Problem.notFound("Match", matchId);
    }
    if (!viewer.owns(need.ownerId())) {
      throw Problem.forbidden("Only the authority that owns the need may judge its matches.");
    }
    Feedback feedback = entityManager.find(Feedback.class, new Feedback.Pair(match.needId(), match.solutionId()));
    boolean first = feedback == null;
    if (first) {
      feedback = new Feedback(match.needId(), match.solutionId());
    }
    feedback.judge(input.relevant(), match, viewer.subject(), Instant.now());
    if (first) {
      // Persisted once complete: the insert carries the state the entity has when persisted.
      entityManager.persist(feedback);
    }
    return new FeedbackView(match.id(), match.needId(), match.solutionId(), feedback.relevant(), feedback.score(),
        feedback.givenAt());
  }
}
