package org.placette.matchmaking.internal.scoring;

import java.util.EnumMap;
import java.util.Map;
import org.placette.matchmaking.internal.analysis.Language;

/**
 * A candidate as the scorer compares items with it: the terms of each language version weighed by
 * tf-idf against the candidate's index, each language's part scaled to unit length, and its
 * concepts weighed by rarity. Kept with every cached profile, so it is held in arrays, not maps.
 */
final class CandidateWeights {

  private final Map<Language, String[]> terms = new EnumMap<>(Language.class);
  private final Map<Language, float[]> weights = new EnumMap<>(Language.class);
  private final Map<String, Double> concepts;

  /**
   * @param vector each language's weighed terms, not yet scaled
   */
  CandidateWeights(Map<Language, Map<String, Double>> vector, Map<String, Double> concepts) {
    vector.forEach((language, weighed) -> {
      double norm = Math.sqrt(weighed.values().stream().mapToDouble(v -> v * v).sum());
      String[] names = new String[weighed.size()];
      float[] values = new float[weighed.size()];
      int i = 0;
      for (var entry : weighed.entrySet()) {
        names[i] = entry.getKey();
        values[i] = (float) (entry.getValue() / norm);
        i++;
      }
      terms.put(language, names);
      weights.put(language, values);
    });
    this.concepts = Map.copyOf(concepts);
  }

  /** The dot product of this candidate's unit terms in one language with another unit vector of that language. */
  double dot(Language language, Map<String, Double> other) {
    String[] names = terms.get(language);
    if (names == null || other == null || other.isEmpty()) {
      return 0;
    }
    float[] values = weights.get(language);
    double dot = 0;
    for (int i = 0; i < names.length; i++) {
      Double weight = other.get(names[i]);
      if (weight != null) {
        dot += values[i] * weight;
      }
    }
    return dot;
  }

  interface TermConsumer {
    void accept(Language language, String term, double weight);
  }

  void forEachTerm(TermConsumer consumer) {
    terms.forEach((language, names) -> {
      float[] values = weights.get(language);
      for (int i = 0; i < names.length; i++) {
        consumer.accept(language, names[i], values[i]);
      }
    });
  }

  /** Each concept weighed by its repetition and its rarity in the candidate's index. */
  Map<String, Double> concepts() {
    return concepts;
  }
}
