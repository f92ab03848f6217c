package org.placette.notifications.internal.webhook;

import java.net.URI;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The webhook as its organisation sees it. */
@Schema(description = "An organisation's webhook; the secret appears only when it was just created or rotated")
public record WebhookView(
    String url,
    @Schema(description = "The signing secret (whsec_...), shown once") String secret,
    Instant updatedAt) {

  static WebhookView withSecret(URI url, String secret, Instant updatedAt) {
    return new WebhookView(url.toString(), secret, updatedAt);
  }

  static WebhookView withoutSecret(URI url, Instant updatedAt) {
    return new WebhookView(url.toString(), null, updatedAt);
  }
}
