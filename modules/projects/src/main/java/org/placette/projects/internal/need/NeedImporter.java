package org.placette.projects.internal.need;

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
import org.placette.projects.api.Visibility;
import org.placette.projects.api.events.NeedPublished;
import org.placette.projects.internal.common.Clock;
import org.placette.projects.internal.common.ImportCounts;

/**
 * Creates published needs from a trusted collection, one batch per call, in the caller's
 * transaction; a need already imported under its externalRef is left as it is.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class NeedImporter {

  @PersistenceContext(unitName = "projects")
  private EntityManager entityManager;

  @Inject private Event<NeedPublished> published;

  public ImportCounts importAll(List<ImportedNeed> batch, String author) {
    Set<String> existing = new HashSet<>(entityManager.createQuery(
            "select n.externalRef from Need n where n.externalRef in :refs", String.class)
        .setParameter("refs", batch.stream().map(ImportedNeed::externalRef).toList())
        .getResultList());
    int created = 0;
    for (ImportedNeed item : batch) {
      if (!existing.add(item.externalRef())) {
        continue;
      }
      Instant now = Clock.now();
      NeedContent content = new NeedContent(item.title(), item.problemStatement(), null, null, null, item.themes(),
          new Territory(item.country(), item.region(), item.municipality(), null, null),
          item.population() == null ? null : PopulationBand.of(item.population()),
          null, item.budgetEur(), item.budgetEur() == null ? null : "EUR", item.deadline(), Visibility.PUBLIC, null);
      Need need = new Need(UUID.randomUUID(), item.ownerId(), content, item.language(), item.languageDetected(), now);
      need.identifyExternally(item.externalRef());
      need.publishImported(now);
      entityManager.persist(need);
      entityManager.persist(need.firstRevision(author));
      published.fire(new NeedPublished(need.facts()));
      created++;
    }
    entityManager.flush();
    entityManager.clear();
    return new ImportCounts(created, batch.size() - created);
  }
}
