package org.placette.matchmaking.internal.concept;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.placette.matchmaking.internal.analysis.Language;

/**
 * A language-neutral notion of the smart-city vocabulary ("water.leak"), with the terms that name
 * it in each language, and the theme it belongs to ("water").
 */
public record Concept(String id, String theme, Map<Language, List<String>> terms) {

  public Concept {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(theme, "theme");
    var copy = new EnumMap<Language, List<String>>(Language.class);
    terms.forEach((language, names) -> copy.put(language, List.copyOf(names)));
    terms = Map.copyOf(copy);
  }

  public List<String> terms(Language language) {
    return terms.getOrDefault(language, List.of());
  }

  /** The first term in a language, the one explanations show. */
  public String label(Language language) {
    List<String> names = terms(language);
    return names.isEmpty() ? id : names.get(0);
  }
}
