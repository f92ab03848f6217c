package org.placette.matchmaking.internal.scoring;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the scorer needs from a search engine: term statistics, to choose the query terms that
 * carry a text, and a BM25 search for a weighted disjunction of field terms. Implemented on raw
 * Lucene (offline evaluation, benchmark reference) and on Hibernate Search (the platform).
 */
public interface CandidateIndex {

  int documentCount();

  /** In how many documents the (already analyzed) term occurs in the field. */
  int documentFrequency(String field, String term);

  /**
   * Says which document frequencies are about to be asked, so that the index reads them in bulk:
   * behind a network, one round trip instead of one per term; on Lucene, one pass over each
   * segment's term dictionary. Optional: an index may ignore it.
   */
  default void prefetch(Map<String, ? extends Collection<String>> termsByField) {}

  /**
   * Names the statistics this index answers with: scorings that get equal values see the same
   * document count and frequencies, so a candidate's weights computed in one hold in the others
   * and are kept with its profile. Null, the default, when nothing tells: each scoring then weighs
   * its candidates afresh.
   */
  default Object statisticsVersion() {
    return null;
  }

  /** The best documents for the sum of the clauses' BM25 scores, each times its boost. */
  List<TextHit> search(List<QueryClause> clauses, int limit);

  record QueryClause(String field, String term, float boost) {}

  record TextHit(String id, float score) {}
}
