package org.placette.projects.internal.solution;

import org.placette.projects.internal.common.Versioned;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.placette.projects.api.SolutionStatus;

/** A solution as the API shows it. {@code version} is also its ETag. */
@Schema(name = "Solution")
public record SolutionView(
    UUID id,
    String externalRef,
    UUID ownerId,
    String title,
    String summary,
    String description,
    List<String> themes,
    @Schema(description = "Technology readiness level, 1 to 9") int trl,
    @Schema(description = "Towns where it is deployed") List<String> references,
    PricingModel pricingModel,
    @Schema(description = "Languages the team works in (ISO 639-1)") List<String> languages,
    @Schema(description = "Countries or regions where it is offered (ISO 3166)") List<String> coverage,
    @Schema(description = "Language of its texts") String language,
    boolean languageDetected,
    SolutionStatus status,
    Instant createdAt,
    Instant updatedAt,
    Instant publishedAt,
    long version) implements Versioned {}
