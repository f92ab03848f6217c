package org.placette.projects.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What other modules may know of a need: enough to index, match and notify on it. {@code
 * externalRef} is the id it had in an imported collection (null when created through the API);
 * {@code language} is an ISO 639-1 code; {@code themes} are codes of the published taxonomy.
 */
public record NeedFacts(
    UUID id,
    String externalRef,
    UUID ownerId,
    String language,
    String title,
    String problemStatement,
    String context,
    String expectedOutcomes,
    List<String> themes,
    String country,
    String region,
    String municipality,
    LocalDate deadline,
    NeedStatus status,
    Visibility visibility,
    int revision,
    UUID callId,
    Instant publishedAt) {

  public NeedFacts {
    themes = List.copyOf(themes);
  }
}
