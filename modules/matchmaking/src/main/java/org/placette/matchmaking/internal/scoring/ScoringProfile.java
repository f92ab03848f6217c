package org.placette.matchmaking.internal.scoring;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.placette.matchmaking.internal.analysis.Language;

/**
 * What the scorer knows of a need or a solution: its texts in every language it has, their
 * analyzed terms with their frequencies (title terms counting double), the concepts
 * found in them (with how often they occur) and their themes, where it stands (country, region)
 * and how mature it is (TRL, solutions only). Built once when the item is written or translated.
 */
public record ScoringProfile(String id, Language original, Map<Language, ProfileText> texts,
    Map<Language, Map<String, Double>> termFrequencies, Map<String, Integer> concepts, Set<String> themes, String country,
    String region, Integer trl) {

  public ScoringProfile {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(original, "original");
    var copy = new EnumMap<Language, ProfileText>(Language.class);
    copy.putAll(texts);
    texts = Map.copyOf(copy);
    var frequencies = new EnumMap<Language, Map<String, Double>>(Language.class);
    termFrequencies.forEach((language, terms) -> frequencies.put(language, Map.copyOf(terms)));
    termFrequencies = Map.copyOf(frequencies);
    concepts = Map.copyOf(concepts);
    themes = Set.copyOf(themes);
  }

  public ProfileText text(Language language) {
    return texts.get(language);
  }
}
