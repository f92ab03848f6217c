package org.placette.matchmaking.internal.scoring;

import java.util.List;

/**
 * What the scorer needs from a search engine: term statistics, to choose the query terms that
 * carry a text, and a BM25 search for a weighted disjunction of field terms. Implemented on raw
 * Lucene (offline evaluation, benchmark reference) and on Hibernate Search (the platform).
 */
public interface CandidateIndex {

  int documentCount();

  /** In how many documents the (already analyzed) term occurs in the field. */
  int documentFrequency(String field, String term);

  /** The best documents for the sum of the clauses' BM25 scores, each times its boost. */
  List<TextHit> search(List<QueryClause> clauses, int limit);

  record QueryClause(String field, String term, float boost) {}

  record TextHit(String id, float score) {}
}
