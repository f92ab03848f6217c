package org.placette.projects.internal.need;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an authority writes to create or edit a need. Enumerations, dates and ids travel as strings
 * so that a wrong value is answered with the field and the allowed values, not a parse error.
 */
@Schema(name = "NeedInput")
public record NeedInput(
    @NotBlank(message = "Title is required.")
    @Size(min = 3, max = 200, message = "Title has 3 to 200 characters.")
    String title,
    @NotBlank(message = "Problem statement is required.")
    @Size(min = 20, max = 10000, message = "Problem statement has 20 to 10,000 characters.")
    String problemStatement,
    @Size(max = 5000, message = "Context has at most 5,000 characters.") String context,
    @Size(max = 5000, message = "Expected outcomes have at most 5,000 characters.") String expectedOutcomes,
    @Size(max = 5000, message = "Constraints have at most 5,000 characters.") String constraints,
    @Schema(description = "Theme codes from /api/v1/themes") @Size(max = 5, message = "At most 5 themes.")
    List<String> themes,
    @NotNull(message = "Territory is required.") @Valid TerritoryInput territory,
    @Schema(description = "SMALL, MEDIUM, LARGE or METROPOLIS") String populationBand,
    @Valid BudgetInput budget,
    @Schema(description = "ISO date, today or later", example = "2027-03-31") String deadline,
    @Schema(description = "fr, en or es; detected from the title and problem statement when left out") String language,
    @Schema(description = "PUBLIC (default) or VERIFIED_MEMBERS") String visibility,
    @Schema(description = "The call for solutions (of the same authority) this need belongs to") String callId) {

  @Schema(name = "TerritoryInput")
  public record TerritoryInput(
      @NotBlank(message = "Country is required.")
      @Pattern(regexp = "[A-Z]{2}", message = "Country is an ISO 3166-1 alpha-2 code such as FR.")
      String country,
      @Size(max = 200, message = "Region has at most 200 characters.") String region,
      @Size(max = 200, message = "Municipality has at most 200 characters.") String municipality,
      @DecimalMin(value = "-90", message = "Latitude is between -90 and 90.")
      @DecimalMax(value = "90", message = "Latitude is between -90 and 90.")
      Double latitude,
      @DecimalMin(value = "-180", message = "Longitude is between -180 and 180.")
      @DecimalMax(value = "180", message = "Longitude is between -180 and 180.")
      Double longitude) {}

  @Schema(name = "BudgetInput")
  public record BudgetInput(
      @PositiveOrZero(message = "The minimum is zero or more.") Long min,
      @PositiveOrZero(message = "The maximum is zero or more.") Long max,
      @Pattern(regexp = "[A-Z]{3}", message = "Currency is an ISO 4217 code such as EUR.") String currency) {}

  /** A new version of the problem statement of a published need. */
  @Schema(name = "RevisionInput")
  public record RevisionInput(
      @NotBlank(message = "Problem statement is required.")
      @Size(min = 20, max = 10000, message = "Problem statement has 20 to 10,000 characters.")
      String problemStatement,
      @Size(max = 500, message = "The note has at most 500 characters.") String note) {}

  /** Why a need is cancelled, shown to those who answered it. */
  @Schema(name = "CancellationInput")
  public record CancellationInput(@Size(max = 1000, message = "The reason has at most 1,000 characters.") String reason) {}
}
