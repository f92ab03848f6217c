package org.placette.projects.internal.solution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.placette.projects.api.events.SolutionPublished;
import org.placette.projects.internal.common.Clock;
import org.placette.projects.internal.common.ImportCounts;

/**
 * Creates published solutions from a trusted collection, one batch per call, in the caller's
 * transaction; a solution already imported under its externalRef is left as it is.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SolutionImporter {

  @PersistenceContext(unitName = "projects")
  private EntityManager entityManager;

  @Inject private Event<SolutionPublished> published;

  public ImportCounts importAll(List<ImportedSolution> batch) {
    Set<String> existing = new HashSet<>(entityManager.createQuery(
            "select s.externalRef from Solution s where s.externalRef in :refs", String.class)
        .setParameter("refs", batch.stream().map(ImportedSolution::externalRef).toList())
        .getResultList());
    int created = 0;
    for (ImportedSolution item : batch) {
      if (!existing.add(item.externalRef())) {
        continue;
      }
      Instant now = Clock.now();
      SolutionContent content = new SolutionContent(item.title(), item.summary(), item.description(), item.themes(),
          item.trl(), item.references(), null, List.of(item.language()), item.coverage());
      Solution solution = new Solution(UUID.randomUUID(), item.ownerId(), content, item.language(), item.languageDetected(), now);
      solution.identifyExternally(item.externalRef());
      solution.publish(now);
      entityManager.persist(solution);
      published.fire(new SolutionPublished(solution.facts()));
      created++;
    }
    entityManager.flush();
    entityManager.clear();
    return new ImportCounts(created, batch.size() - created);
  }
}
