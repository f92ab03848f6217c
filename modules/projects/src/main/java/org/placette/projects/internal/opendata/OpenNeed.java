package org.placette.projects.internal.opendata;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A public need as open data: what it asked, where, its call and what its pairings became. */
public record OpenNeed(
    UUID id,
    String externalRef,
    String title,
    String problemStatement,
    List<String> themes,
    String country,
    String region,
    String municipality,
    String language,
    String status,
    Instant publishedAt,
    LocalDate deadline,
    UUID callId,
    String callTitle,
    List<OpenOutcome> outcomes) {

  public record OpenOutcome(UUID solutionId, String stage, Instant updatedAt) {}
}
