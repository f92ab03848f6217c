package org.placette.matchmaking.internal.index;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.List;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.placette.matchmaking.internal.profile.MatchProfile;
import org.placette.matchmaking.internal.profile.NeedProfile;
import org.placette.matchmaking.internal.profile.Side;
import org.placette.matchmaking.internal.profile.SolutionProfile;
import org.placette.matchmaking.internal.scoring.MatchScorer;
import org.placette.matchmaking.internal.scoring.ScoredCandidate;
import org.placette.matchmaking.internal.scoring.ScorerSettings;
import org.placette.matchmaking.internal.scoring.ScoringProfile;

/** Runs the scorer for a stored item against the published items of one side, on whichever backend is configured. */
@ApplicationScoped
public class Scoring {

  @PersistenceUnit(unitName = "matchmaking")
  private EntityManagerFactory entityManagerFactory;

  @Inject private ScoringProfiles profiles;
  @Inject private TermStatistics statistics;
  @Inject private SegmentFrequencies segmentFrequencies;
  @Inject private ScorerSettings settings;
  @Inject private ScoringTimes times;

  private volatile Boolean lucene;

  /** The best published candidates of {@code side} for the item, best first, at most {@code limit}. */
  public List<ScoredCandidate> candidates(MatchProfile item, Side side, int limit) {
    return candidates(profiles.of(item), side, limit, false);
  }

  /**
   * The best candidates of {@code side} for a scoring profile (a stored item's, or a draft's made
   * on the spot), archived ones too when {@code withArchived}: what became of them is of interest.
   */
  public List<ScoredCandidate> candidates(ScoringProfile item, Side side, int limit, boolean withArchived) {
    long start = System.nanoTime();
    SearchMapping mapping = Search.mapping(entityManagerFactory);
    // A Lucene index lives in one instance's files, so that instance is the only one writing
    // profiles: each change it commits evicts the profile it kept, and no version check is needed.
    boolean soleWriter = onLucene(mapping);
    try (EntityManager entityManager = entityManagerFactory.createEntityManager();
        SideIndex index = open(mapping, Search.session(entityManager), side, !withArchived)) {
      List<ScoredCandidate> best = new MatchScorer(index, ids -> profiles.stored(ids, !withArchived, soleWriter), settings)
          .score(item, limit);
      times.record(side, System.nanoTime() - start, index.engineNanos());
      return best;
    }
  }

  public String algorithm() {
    return ScorerSettings.ALGORITHM_VERSION;
  }

  private SideIndex open(SearchMapping mapping, SearchSession session, Side side, boolean publishedOnly) {
    Class<? extends MatchProfile> type = side == Side.NEED ? NeedProfile.class : SolutionProfile.class;
    return onLucene(mapping) ? new LuceneSideIndex(mapping, session, type, publishedOnly, segmentFrequencies)
        : new ElasticsearchSideIndex(session, type, publishedOnly, statistics);
  }

  private boolean onLucene(SearchMapping mapping) {
    Boolean known = lucene;
    if (known == null) {
      known = mapping.backend() instanceof LuceneBackend;
      lucene = known;
    }
    return known;
  }
}
