package org.placette.projects.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What other modules may know of a solution. {@code language} is the language of its texts;
 * {@code languages} are those its team works in; {@code coverage} holds ISO 3166 country or region
 * codes where it is offered.
 */
public record SolutionFacts(
    UUID id,
    String externalRef,
    UUID ownerId,
    String language,
    String title,
    String summary,
    String description,
    List<String> themes,
    int trl,
    List<String> references,
    List<String> languages,
    List<String> coverage,
    SolutionStatus status,
    Instant publishedAt) {

  public SolutionFacts {
    themes = List.copyOf(themes);
    references = List.copyOf(references);
    languages = List.copyOf(languages);
    coverage = List.copyOf(coverage);
  }
}
