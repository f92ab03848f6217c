package org.placette.matchmaking.internal.index;

import java.util.List;
import java.util.function.Supplier;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.placette.matchmaking.internal.profile.MatchProfile;
import org.placette.matchmaking.internal.profile.ProfileStatus;
import org.placette.matchmaking.internal.scoring.CandidateIndex;

/**
 * The profiles of one side (needs or solutions, the published ones or all) as the scorer's {@link CandidateIndex},
 * through Hibernate Search; term statistics come from the backend in its own way. Open for one
 * scoring, then closed. Adds up the time spent in the engine's calls, to tell it from the scorer's
 * own: measured around each call, as a client sending the raw query would measure it (on
 * OpenSearch, the round trip and the reading of the answer too).
 */
public abstract class SideIndex implements CandidateIndex, AutoCloseable {

  private final SearchSession session;
  private final Class<? extends MatchProfile> side;
  private final boolean publishedOnly;
  private long engineNanos;

  protected SideIndex(SearchSession session, Class<? extends MatchProfile> side, boolean publishedOnly) {
    this.session = session;
    this.side = side;
    this.publishedOnly = publishedOnly;
  }

  @Override
  public List<TextHit> search(List<QueryClause> clauses, int limit) {
    if (clauses.isEmpty()) {
      return List.of();
    }
    SearchResult<TextHit> result = engine(() -> session.search(side)
        .select(f -> f.composite().from(f.id(), f.score()).as((id, score) -> new TextHit(id.toString(), score)))
        .where(f -> f.bool().with(bool -> {
          if (publishedOnly) {
            bool.filter(f.match().field("status").matching(ProfileStatus.PUBLISHED));
            bool.minimumShouldMatchNumber(1);
          }
          for (QueryClause clause : clauses) {
            bool.should(f.match().field(clause.field()).matching(clause.term()).skipAnalysis().boost(clause.boost()));
          }
        }))
        // No exact count of every matching document: the engine may then skip those that cannot
        // reach the best {@code limit} (WAND on Lucene and OpenSearch), which a large index needs.
        .totalHitCountThreshold(limit)
        .fetch(limit));
    return result.hits();
  }

  /** The call's answer, its time counted as the engine's. */
  protected final <T> T engine(Supplier<T> call) {
    long start = System.nanoTime();
    try {
      return call.get();
    } finally {
      engineNanos += System.nanoTime() - start;
    }
  }

  long engineNanos() {
    return engineNanos;
  }

  @Override
  public void close() {}
}
