package org.placette.projects.internal.need;

import org.placette.projects.internal.common.Versioned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.placette.projects.api.NeedStatus;
import org.placette.projects.api.Visibility;

/** A need as the API shows it. {@code version} is also its ETag. */
@Schema(name = "Need")
public record NeedView(
    UUID id,
    @Schema(description = "The id it had in an imported collection; absent when created through the API")
    String externalRef,
    UUID ownerId,
    String title,
    String problemStatement,
    @Schema(description = "Number of the current revision of the problem statement") int revision,
    String context,
    String expectedOutcomes,
    String constraints,
    List<String> themes,
    TerritoryView territory,
    PopulationBand populationBand,
    BudgetView budget,
    LocalDate deadline,
    String language,
    @Schema(description = "True when the language was detected rather than given") boolean languageDetected,
    Visibility visibility,
    NeedStatus status,
    String statusReason,
    UUID callId,
    Instant createdAt,
    Instant updatedAt,
    Instant publishedAt,
    long version) implements Versioned {

  public record TerritoryView(String country, String region, String municipality, Double latitude, Double longitude) {}

  public record BudgetView(Long min, Long max, String currency) {}
}
