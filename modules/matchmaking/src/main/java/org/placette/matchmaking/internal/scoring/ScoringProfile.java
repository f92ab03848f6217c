package org.placette.matchmaking.internal.scoring;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.placette.matchmaking.internal.analysis.Language;

/**
 * What the scorer knows of a need or a solution: its texts in every language it has, their
 * analyzed terms with their frequencies (title terms counting double), the concepts
 * found in them (with how often they occur) and their themes, where it stands (country, region)
 * and how mature it is (TRL, solutions only). Built once when the item is written or translated.
 *
 * <p>Immutable but for one memo: its weights as a candidate, kept under the index statistics they
 * were computed with, since they stay the same from one scoring to the next while those do.
 */
public final class ScoringProfile {

  private final String id;
  private final Language original;
  private final Map<Language, ProfileText> texts;
  private final Map<Language, Map<String, Double>> termFrequencies;
  private final Map<String, Integer> concepts;
  private final Set<String> themes;
  private final String country;
  private final String region;
  private final Integer trl;

  private volatile Weighed weighed;

  private record Weighed(Object statistics, CandidateWeights weights) {}

  public ScoringProfile(String id, Language original, Map<Language, ProfileText> texts,
      Map<Language, Map<String, Double>> termFrequencies, Map<String, Integer> concepts, Set<String> themes,
      String country, String region, Integer trl) {
    this.id = Objects.requireNonNull(id, "id");
    this.original = Objects.requireNonNull(original, "original");
    var textCopy = new EnumMap<Language, ProfileText>(Language.class);
    textCopy.putAll(texts);
    this.texts = Map.copyOf(textCopy);
    var frequencies = new EnumMap<Language, Map<String, Double>>(Language.class);
    termFrequencies.forEach((language, terms) -> frequencies.put(language, Map.copyOf(terms)));
    this.termFrequencies = Map.copyOf(frequencies);
    this.concepts = Map.copyOf(concepts);
    this.themes = Set.copyOf(themes);
    this.country = country;
    this.region = region;
    this.trl = trl;
  }

  public String id() {
    return id;
  }

  public Language original() {
    return original;
  }

  public Map<Language, ProfileText> texts() {
    return texts;
  }

  public ProfileText text(Language language) {
    return texts.get(language);
  }

  public Map<Language, Map<String, Double>> termFrequencies() {
    return termFrequencies;
  }

  public Map<String, Integer> concepts() {
    return concepts;
  }

  public Set<String> themes() {
    return themes;
  }

  public String country() {
    return country;
  }

  public String region() {
    return region;
  }

  public Integer trl() {
    return trl;
  }

  /** Whether weights computed under these statistics are kept (never, for null statistics). */
  boolean weighedUnder(Object statistics) {
    return kept(statistics) != null;
  }

  /** The weights under these statistics: the kept ones if they were computed under the same, else computed and kept. */
  CandidateWeights weights(Object statistics, Supplier<CandidateWeights> compute) {
    CandidateWeights kept = kept(statistics);
    if (kept != null) {
      return kept;
    }
    CandidateWeights computed = compute.get();
    if (statistics != null) {
      weighed = new Weighed(statistics, computed);
    }
    return computed;
  }

  private CandidateWeights kept(Object statistics) {
    Weighed known = weighed;
    return statistics != null && known != null && known.statistics.equals(statistics) ? known.weights : null;
  }

  @Override
  public String toString() {
    return "ScoringProfile[" + id + ", " + original + "]";
  }
}
