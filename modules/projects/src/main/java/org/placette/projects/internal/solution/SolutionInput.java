package org.placette.projects.internal.solution;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a startup or company writes to create or edit a solution. */
@Schema(name = "SolutionInput")
public record SolutionInput(
    @NotBlank(message = "Title is required.") @Size(min = 3, max = 200, message = "Title has 3 to 200 characters.")
    String title,
    @NotBlank(message = "Summary is required.") @Size(min = 10, max = 300, message = "Summary has 10 to 300 characters.")
    String summary,
    @NotBlank(message = "Description is required.")
    @Size(min = 20, max = 5000, message = "Description has 20 to 5,000 characters.")
    String description,
    @Size(max = 5, message = "At most 5 themes.") List<String> themes,
    @NotNull(message = "TRL is required.") @Min(value = 1, message = "TRL is 1 to 9.") @Max(value = 9, message = "TRL is 1 to 9.")
    Integer trl,
    @Size(max = 50, message = "At most 50 references.")
    List<@Size(max = 200, message = "A reference has at most 200 characters.") String> references,
    @Schema(description = "SUBSCRIPTION, LICENCE, PER_USE, FIXED_PRICE, ON_QUOTE, FREE or OPEN_SOURCE") String pricingModel,
    @Size(max = 10, message = "At most 10 languages.")
    List<@Pattern(regexp = "[a-z]{2}", message = "A language is an ISO 639-1 code such as fr.") String> languages,
    @Size(max = 50, message = "At most 50 countries or regions.")
    List<@Pattern(regexp = "[A-Z]{2}(-[A-Z0-9]{1,3})?", message = "An area is an ISO 3166 code such as FR or FR-ARA.") String> coverage,
    @Schema(description = "fr, en or es; detected when left out") String language) {}
