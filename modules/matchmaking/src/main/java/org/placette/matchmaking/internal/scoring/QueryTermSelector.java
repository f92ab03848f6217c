package org.placette.matchmaking.internal.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.placette.matchmaking.internal.analysis.Language;

/**
 * Chooses the few terms that carry a text, the job of a more-like-this query: the analyzed terms
 * of each language version are weighed by tf-idf against that language's
 * field of the index, and the best kept. Sending a whole text costs a posting list per word and
 * lets common words decide; a few rare, repeated terms cost little and say what the text is about.
 */
public final class QueryTermSelector {

  public QueryTermSelector() {}

  /** A chosen term and its weight (tf-idf, with title terms counted more). */
  public record WeightedTerm(Language language, String term, double weight) {}

  public List<WeightedTerm> select(Language language, Map<String, Double> frequencies, CandidateIndex index,
      ScorerSettings settings) {
    String field = IndexFields.text(language);
    int documents = Math.max(1, index.documentCount());
    List<WeightedTerm> weighted = new ArrayList<>();
    for (var entry : frequencies.entrySet()) {
      if (entry.getKey().length() < 2 || isNumber(entry.getKey())) {
        continue;
      }
      int df = index.documentFrequency(field, entry.getKey());
      if (df == 0 || df > settings.maxDocumentShare() * documents) {
        continue;
      }
      double idf = Math.log(1 + (documents - df + 0.5) / (df + 0.5));
      weighted.add(new WeightedTerm(language, entry.getKey(), (1 + Math.log(entry.getValue())) * idf));
    }
    weighted.sort(Comparator.comparingDouble(WeightedTerm::weight).reversed().thenComparing(WeightedTerm::term));
    return weighted.subList(0, Math.min(settings.termsPerLanguage(), weighted.size()));
  }

  private static boolean isNumber(String term) {
    return term.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == ',');
  }
}
