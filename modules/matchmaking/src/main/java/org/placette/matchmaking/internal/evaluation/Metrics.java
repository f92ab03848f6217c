package org.placette.matchmaking.internal.evaluation;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Ranking quality measures over graded judgments ({@code item -> grade}, absent = 0). A judged
 * item is relevant from grade {@value #RELEVANT_GRADE}: 3 solves the need, 2 a major part of it.
 */
public final class Metrics {

  public static final int RELEVANT_GRADE = 2;

  private Metrics() {}

  /** nDCG@k with gain 2^grade − 1 and log2 discount; the ideal ranking sorts the judged grades. */
  public static double ndcg(int k, List<String> ranking, Map<String, Integer> grades) {
    double ideal = dcg(grades.values().stream().sorted(Comparator.reverseOrder()).limit(k).toList());
    if (ideal == 0) {
      return 0;
    }
    List<Integer> gained = ranking.stream().limit(k).map(item -> grades.getOrDefault(item, 0)).toList();
    return dcg(gained) / ideal;
  }

  private static double dcg(List<Integer> gradesInOrder) {
    double sum = 0;
    for (int i = 0; i < gradesInOrder.size(); i++) {
      sum += (Math.pow(2, gradesInOrder.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
    }
    return sum;
  }

  /** 1 / rank of the first relevant item, 0 if none is ranked. */
  public static double reciprocalRank(List<String> ranking, Map<String, Integer> grades) {
    for (int i = 0; i < ranking.size(); i++) {
      if (grades.getOrDefault(ranking.get(i), 0) >= RELEVANT_GRADE) {
        return 1.0 / (i + 1);
      }
    }
    return 0;
  }

  /** Share of the relevant items found in the first k; 0 when nothing is relevant. */
  public static double recall(int k, List<String> ranking, Map<String, Integer> grades) {
    long relevant = grades.values().stream().filter(grade -> grade >= RELEVANT_GRADE).count();
    if (relevant == 0) {
      return 0;
    }
    return (double) found(k, ranking, grades) / relevant;
  }

  /** How many relevant items appear in the first k. */
  public static long found(int k, List<String> ranking, Map<String, Integer> grades) {
    return ranking.stream().limit(k).distinct().filter(item -> grades.getOrDefault(item, 0) >= RELEVANT_GRADE).count();
  }
}
