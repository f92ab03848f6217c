package org.placette.projects.internal.call;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an authority writes to create or edit a call for solutions. */
@Schema(name = "CallInput")
public record CallInput(
    @NotBlank(message = "Title is required.") @Size(min = 3, max = 200, message = "Title has 3 to 200 characters.")
    String title,
    @Size(max = 5000, message = "Description has at most 5,000 characters.") String description,
    @Size(max = 3, message = "At most one phase of each kind (3).") List<@NotNull(message = "A phase is required.") @Valid PhaseInput> phases) {

  @Schema(name = "PhaseInput")
  public record PhaseInput(
      @NotBlank(message = "Kind is required.") @Schema(description = "SHARE_NEEDS, IMAGINE_SOLUTIONS or BUILD") String kind,
      @NotBlank(message = "Start date is required.") String startsOn,
      @NotBlank(message = "End date is required.") String endsOn) {}
}
