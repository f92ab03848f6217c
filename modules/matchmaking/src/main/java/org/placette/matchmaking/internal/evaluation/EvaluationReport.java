package org.placette.matchmaking.internal.evaluation;

import java.util.Locale;

/**
 * Quality of one system on one collection: means over the needs of nDCG@10, reciprocal rank and
 * recall@10, and recall@10 over every cross-lingual (need, solution) pair graded relevant.
 */
public record EvaluationReport(String system, int needs, double ndcg10, double mrr, double recall10,
    int crossLingualPairs, double crossLingualRecall10) {

  public String row() {
    return String.format(Locale.ROOT, "%-34s nDCG@10 %.3f  MRR %.3f  recall@10 %.3f  cross-lingual recall@10 %.3f (%d pairs)",
        system, ndcg10, mrr, recall10, crossLingualRecall10, crossLingualPairs);
  }
}
