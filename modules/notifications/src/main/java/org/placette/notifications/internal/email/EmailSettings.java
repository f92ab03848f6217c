package org.placette.notifications.internal.email;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where emails link back to, and the secret their unsubscribe links are signed with. */
@ApplicationScoped
public class EmailSettings {

  @Inject
  @ConfigProperty(name = "notifications.public-url", defaultValue = "http://127.0.0.1:9080")
  String publicUrl;

  @Inject
  @ConfigProperty(name = "notifications.unsubscribe.secret")
  String unsubscribeSecret;

  private volatile UnsubscribeToken tokens;

  UnsubscribeToken tokens() {
    if (tokens == null) {
      tokens = new UnsubscribeToken(unsubscribeSecret);
    }
    return tokens;
  }

  /** The one-click link of a member; GET shows a confirmation, POST unsubscribes (RFC 8058). */
  String unsubscribeUrl(String subject) {
    String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    return base + "/api/v1/notifications/unsubscribe?token="
        + URLEncoder.encode(tokens().issue(subject), StandardCharsets.UTF_8);
  }
}
