package org.placette.projects.internal.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.placette.kernel.paging.Page;
import org.placette.projects.api.NeedFacts;
import org.placette.projects.api.NeedStatus;
import org.placette.projects.api.ProjectsCatalogue;
import org.placette.projects.api.SolutionFacts;
import org.placette.projects.api.SolutionStatus;
import org.placette.projects.internal.common.Keyset;
import org.placette.projects.internal.need.Need;
import org.placette.projects.internal.solution.Solution;

/** The catalogue other modules read, straight from this module's tables; joins the caller's transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class JpaProjectsCatalogue implements ProjectsCatalogue {

  private static final int MAX_LIMIT = 500;

  @PersistenceContext(unitName = "projects")
  private EntityManager entityManager;

  @Override
  public Optional<NeedFacts> findNeed(UUID needId) {
    return Optional.ofNullable(entityManager.find(Need.class, needId)).map(Need::facts);
  }

  @Override
  public Optional<NeedFacts> findNeedByExternalRef(String externalRef) {
    return entityManager.createQuery("select n from Need n where n.externalRef = :ref", Need.class)
        .setParameter("ref", externalRef).getResultStream().findFirst().map(Need::facts);
  }

  @Override
  public Optional<SolutionFacts> findSolution(UUID solutionId) {
    return Optional.ofNullable(entityManager.find(Solution.class, solutionId)).map(Solution::facts);
  }

  @Override
  public Optional<SolutionFacts> findSolutionByExternalRef(String externalRef) {
    return entityManager.createQuery("select s from Solution s where s.externalRef = :ref", Solution.class)
        .setParameter("ref", externalRef).getResultStream().findFirst().map(Solution::facts);
  }

  @Override
  public Page<NeedFacts> publishedNeeds(String cursor, int limit) {
    return new Keyset<>(Need.class, "n", "createdAt")
        .and("n.status = :status", "status", NeedStatus.PUBLISHED)
        .page(entityManager, "createdAt", cursor, clamp(limit), JpaProjectsCatalogue::createdAt, Need::id, Need::facts);
  }

  @Override
  public Page<SolutionFacts> publishedSolutions(String cursor, int limit) {
    return new Keyset<>(Solution.class, "s", "createdAt")
        .and("s.status = :status", "status", SolutionStatus.PUBLISHED)
        .page(entityManager, "createdAt", cursor, clamp(limit), JpaProjectsCatalogue::createdAt, Solution::id,
            Solution::facts);
  }

  private static int clamp(int limit) {
    return Math.max(1, Math.min(limit, MAX_LIMIT));
  }

  private static Instant createdAt(Need need) {
    return need.createdAt();
  }

  private static Instant createdAt(Solution solution) {
    return solution.createdAt();
  }
}
