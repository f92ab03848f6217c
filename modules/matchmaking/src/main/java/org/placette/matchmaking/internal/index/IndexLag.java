package org.placette.matchmaking.internal.index;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.placette.matchmaking.internal.profile.MatchProfile;

/**
 * How far the search index lags behind the database. On the scale profile Hibernate Search indexes
 * from its outbox in the background, so a change becomes searchable a while after its commit. An
 * item scored meanwhile would miss a candidate that changed just before it, and since the pair is
 * then scored again only when one of them changes, the miss would last. So an item's matches are
 * computed only once every change written before it asked for them is searchable.
 *
 * <p>The embedded profile indexes in the writing transaction; its outbox stays empty and nothing
 * waits.
 */
@ApplicationScoped
public class IndexLag {

  /**
   * Outbox events are written when a transaction flushes, a little after the same transaction asked
   * for matches; changes of that age count as written before, so two items changed side by side each
   * wait for the other.
   */
  @Inject
  @ConfigProperty(name = "matchmaking.index.flush-margin", defaultValue = "PT2S")
  Duration flushMargin;

  @PersistenceUnit(unitName = "matchmaking")
  private EntityManagerFactory entityManagerFactory;

  /**
   * Matches due before the instant answered can be computed: what was written before them is
   * indexed. {@code now} when the index has caught up.
   */
  public Instant indexedUpTo(Instant now) {
    Instant oldestPending = oldestPendingChange();
    if (oldestPending == null) {
      return now;
    }
    Instant bound = oldestPending.minus(flushMargin);
    return bound.isBefore(now) ? bound : now;
  }

  /**
   * Makes what was indexed so far visible to searches. OpenSearch shows indexed documents only after
   * its periodic refresh, which the outbox processor does not wait for; Lucene's readers see the
   * writing transaction's changes already.
   */
  public void makeVisible() {
    SearchMapping mapping = Search.mapping(entityManagerFactory);
    if (!(mapping.backend() instanceof LuceneBackend)) {
      mapping.scope(MatchProfile.class).workspace().refresh();
    }
  }

  private Instant oldestPendingChange() {
    try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
      Object oldest = entityManager.createNativeQuery(
              "SELECT MIN(processAfter) FROM hsearch_outbox_event WHERE status = 'PENDING'")
          .getSingleResult();
      if (oldest instanceof Timestamp timestamp) {
        return timestamp.toInstant();
      }
      if (oldest instanceof OffsetDateTime offset) {
        return offset.toInstant();
      }
      return oldest instanceof Instant instant ? instant : null;
    }
  }
}
