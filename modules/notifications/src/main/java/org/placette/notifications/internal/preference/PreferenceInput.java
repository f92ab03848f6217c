package org.placette.notifications.internal.preference;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member's notification choices, replaced whole by a PUT. */
@Schema(description = "How the member wants to be told")
public record PreferenceInput(
    @Schema(description = "INBOX (always on), EMAIL, WEBHOOK (the organisation's webhook)", example = "[\"INBOX\", \"EMAIL\"]")
    @NotNull(message = "The channels are required (INBOX is always on).")
    @Size(max = 3, message = "There are three channels: INBOX, EMAIL and WEBHOOK.")
    List<String> channels,
    @Schema(description = "The lowest match score worth telling, 0 to 100", example = "60")
    @NotNull(message = "The minimum score is required.")
    @Min(value = 0, message = "The minimum score is between 0 and 100.")
    @Max(value = 100, message = "The minimum score is between 0 and 100.")
    Integer minScore,
    @Schema(description = "Theme codes to follow (see /api/v1/themes); empty or absent: every theme")
    @Size(max = 50, message = "At most 50 themes.")
    List<String> themes,
    @Schema(description = "IMMEDIATE, DAILY or WEEKLY (digest emails)", example = "IMMEDIATE")
    @NotNull(message = "The frequency is required: IMMEDIATE, DAILY or WEEKLY.")
    String frequency,
    @Schema(description = "fr, en or es; absent: the member's own language, else French", example = "fr")
    String language) {}
