package org.placette.matchmaking.internal.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TermVectorTest {

  @Test
  void dotProductEqualsTheSumOverSharedTerms() {
    Random random = new Random(42);
    for (int round = 0; round < 200; round++) {
      Map<String, Double> one = randomWeights(random);
      Map<String, Double> other = randomWeights(random);
      double expected = 0;
      for (var entry : one.entrySet()) {
        expected += entry.getValue() * other.getOrDefault(entry.getKey(), 0.0);
      }

      assertThat(TermVector.of(one).dot(TermVector.of(other))).isCloseTo(expected, within(1e-4));
    }
  }

  @Test
  void termsSharingAHashCodeAreToldApart() {
    // "Aa", "BB" and "C#" all hash to 2112.
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode()).isEqualTo("C#".hashCode());
    TermVector one = TermVector.of(Map.of("Aa", 1.0, "BB", 2.0, "x", 5.0));
    TermVector other = TermVector.of(Map.of("BB", 3.0, "C#", 7.0, "Aa", 0.5));

    assertThat(one.dot(other)).isCloseTo(1.0 * 0.5 + 2.0 * 3.0, within(1e-6));
  }

  @Test
  void findsItsTermsAndOnlyThemAmongTermsSharingAHashCode() {
    TermVector vector = TermVector.of(Map.of("Aa", 1.0, "C#", 2.0, "eau", 3.0));

    assertThat(vector.contains("Aa")).isTrue();
    assertThat(vector.contains("C#")).isTrue();
    assertThat(vector.contains("eau")).isTrue();
    assertThat(vector.contains("BB")).as("same hash code as two of its terms").isFalse();
    assertThat(vector.contains("compteur")).isFalse();
    assertThat(TermVector.of(Map.of()).contains("eau")).isFalse();
  }

  @Test
  void weightsAreDividedByTheNorm() {
    TermVector vector = TermVector.unit(Map.of("eau", 3.0, "compteur", 4.0));

    assertThat(vector.dot(vector)).isCloseTo(1.0, within(1e-6));
  }

  private static Map<String, Double> randomWeights(Random random) {
    Map<String, Double> weights = new HashMap<>();
    int size = random.nextInt(60);
    for (int i = 0; i < size; i++) {
      weights.put("t" + random.nextInt(100), random.nextDouble());
    }
    return weights;
  }
}
