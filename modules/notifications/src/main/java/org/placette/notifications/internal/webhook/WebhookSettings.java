package org.placette.notifications.internal.webhook;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an organisation sets for its webhook. */
@Schema(description = "Where to deliver the organisation's events")
public record WebhookSettings(
    @Schema(description = "An https URL reachable from the internet", example = "https://portal.example.org/placette/events")
    String url,
    @Schema(description = "Replace the signing secret; the new one is returned once")
    Boolean rotateSecret) {}
