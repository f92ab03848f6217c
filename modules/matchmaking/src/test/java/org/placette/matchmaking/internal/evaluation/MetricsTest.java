package org.placette.matchmaking.internal.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsTest {

  private static final Map<String, Integer> GRADES = Map.of("a", 3, "b", 2, "c", 1);

  @Test
  void givesFullNdcgToTheIdealRanking() {
    assertThat(Metrics.ndcg(10, List.of("a", "b", "c", "x"), GRADES)).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void weighsGainsExponentiallyAndDiscountsByRank() {
    // DCG of (b, a): 3/log2(2) + 7/log2(3); ideal (a, b, c): 7 + 3/log2(3) + 1/log2(4).
    double expected = (3 + 7 / log2(3)) / (7 + 3 / log2(3) + 1 / log2(4));

    assertThat(Metrics.ndcg(10, List.of("b", "a"), GRADES)).isCloseTo(expected, within(1e-12));
  }

  @Test
  void ignoresWhatLiesBeyondTheCutOff() {
    assertThat(Metrics.ndcg(1, List.of("x", "a"), GRADES)).isZero();
    assertThat(Metrics.ndcg(2, List.of("x", "a"), GRADES)).isCloseTo((7 / log2(3)) / (7 + 3 / log2(3)), within(1e-12));
  }

  @Test
  void answersZeroNdcgWhenNothingIsJudged() {
    assertThat(Metrics.ndcg(10, List.of("a"), Map.of())).isZero();
  }

  @Test
  void ranksTheFirstRelevantItemOnlyFromGradeTwo() {
    assertThat(Metrics.reciprocalRank(List.of("c", "x", "b", "a"), GRADES)).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(Metrics.reciprocalRank(List.of("c", "x"), GRADES)).isZero();
  }

  @Test
  void countsRecallOverItemsGradedTwoOrMore() {
    assertThat(Metrics.recall(10, List.of("a", "c"), GRADES)).isCloseTo(0.5, within(1e-12));
    assertThat(Metrics.recall(1, List.of("x", "a", "b"), GRADES)).isZero();
    assertThat(Metrics.recall(3, List.of("x", "a", "b"), GRADES)).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void countsARepeatedItemOnce() {
    assertThat(Metrics.found(10, List.of("a", "a", "a"), GRADES)).isEqualTo(1);
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
