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

  private final Map<Language, TermVector> terms = new EnumMap<>(Language.class);
  private final Map<String, Double> concepts;

  /**
   * @param vector each language's weighed terms, not yet scaled
   */
  CandidateWeights(Map<Language, Map<String, Double>> vector, Map<String, Double> concepts) {
    vector.forEach((language, weighed) -> terms.put(language, TermVector.unit(weighed)));
    this.concepts = Map.copyOf(concepts);
  }

  /** The dot product of this candidate's unit terms in one language with another unit vector of that language. */
  double dot(Language language, TermVector other) {
    TermVector mine = terms.get(language);
    return mine == null || other == null ? 0 : mine.dot(other);
  }

  /**
   * Whether the candidate's text in that language has the term, among those that weigh: a term
   * too common to carry a topic is in no vector, and never among the query's chosen terms either.
   */
  boolean has(Language language, String term) {
    TermVector mine = terms.get(language);
    return mine != null && mine.contains(term);
  }

  interface TermConsumer {
    void accept(Language language, String term, double weight);
  }

  void forEachTerm(TermConsumer consumer) {
    terms.forEach((language, vector) -> {
      for (int i = 0; i < vector.size(); i++) {
        consumer.accept(language, vector.term(i), vector.weight(i));
      }
    });
  }

  /** Each concept weighed by its repetition and its rarity in the candidate's index. */
  Map<String, Double> concepts() {
    return concepts;
  }
}
