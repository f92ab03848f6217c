package org.placette.matchmaking.internal.evaluation;

import java.util.List;
import java.util.Map;

/** Scores rankings ({@code need id -> solution ids, best first}) against a collection's judgments. */
public final class Evaluator {

  public static final int DEPTH = 10;

  private Evaluator() {}

  public static EvaluationReport evaluate(String system, EvaluationCollection collection, Map<String, List<String>> rankings) {
    double ndcg = 0;
    double mrr = 0;
    double recall = 0;
    int pairs = 0;
    int pairsFound = 0;
    for (EvaluationCollection.Need need : collection.needs()) {
      Map<String, Integer> grades = collection.judgments().getOrDefault(need.id(), Map.of());
      List<String> ranking = rankings.getOrDefault(need.id(), List.of());
      ndcg += Metrics.ndcg(DEPTH, ranking, grades);
      mrr += Metrics.reciprocalRank(ranking, grades);
      recall += Metrics.recall(DEPTH, ranking, grades);
      List<String> top = ranking.stream().limit(DEPTH).toList();
      for (var judged : grades.entrySet()) {
        EvaluationCollection.Solution solution = collection.solution(judged.getKey());
        if (judged.getValue() >= Metrics.RELEVANT_GRADE && solution != null && !solution.language().equals(need.language())) {
          pairs++;
          if (top.contains(judged.getKey())) {
            pairsFound++;
          }
        }
      }
    }
    int needs = collection.needs().size();
    return new EvaluationReport(system, needs, ndcg / needs, mrr / needs, recall / needs, pairs,
        pairs == 0 ? 0 : (double) pairsFound / pairs);
  }
}
