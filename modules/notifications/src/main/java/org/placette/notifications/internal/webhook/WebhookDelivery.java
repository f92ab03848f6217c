package org.placette.notifications.internal.webhook;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookSigningException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.placette.notifications.internal.outbox.Channel;
import org.placette.notifications.internal.outbox.ChannelDelivery;
import org.placette.notifications.internal.outbox.ClaimedEntry;
import org.placette.notifications.internal.outbox.DeliveryResult;

/**
 * POSTs an entry to its organisation's webhook, signed as the Standard Webhooks specification
 * says: {@code webhook-id} (the entry's message id, the same on every retry), {@code
 * webhook-timestamp} (this attempt, in seconds) and {@code webhook-signature} (HMAC-SHA256 over
 * id, timestamp and body). Any 2xx is success; redirects are not followed.
 */
@ApplicationScoped
public class WebhookDelivery implements ChannelDelivery {

  @Inject private WebhookEndpoints endpoints;

  @Inject private WebhookTargetGuard guard;

  @Inject
  @ConfigProperty(name = "notifications.webhook.connect-timeout-ms", defaultValue = "5000")
  long connectTimeoutMs;

  @Inject
  @ConfigProperty(name = "notifications.webhook.read-timeout-ms", defaultValue = "10000")
  long readTimeoutMs;

  private volatile HttpClient http;

  @Override
  public Channel channel() {
    return Channel.WEBHOOK;
  }

  @Override
  public DeliveryResult deliver(ClaimedEntry entry) {
    Optional<WebhookEndpoints.Target> configured = endpoints.target(entry.organisationId());
    if (configured.isEmpty()) {
      return DeliveryResult.abandoned("The organisation has no webhook any more.");
    }
    URI url = configured.get().url();
    Optional<String> refusal = guard.refusal(url);
    if (refusal.isPresent()) {
      return DeliveryResult.abandoned(refusal.get());
    }
    try {
      long timestamp = System.currentTimeMillis() / 1000;
      String signature = new Webhook(configured.get().secret()).sign(entry.messageId(), timestamp, entry.payload());
      HttpRequest request = HttpRequest.newBuilder(url)
          .timeout(Duration.ofMillis(readTimeoutMs))
          .header("Content-Type", "application/json")
          .header("User-Agent", "Placette-Webhooks/1")
          .header("webhook-id", entry.messageId())
          .header("webhook-timestamp", Long.toString(timestamp))
          .header("webhook-signature", signature)
          .POST(HttpRequest.BodyPublishers.ofString(entry.payload()))
          .build();
      HttpResponse<Void> response = client().send(request, HttpResponse.BodyHandlers.discarding());
      return response.statusCode() / 100 == 2
          ? DeliveryResult.delivered()
          : DeliveryResult.failed("The receiver answered HTTP " + response.statusCode());
    } catch (HttpTimeoutException timeout) {
      return DeliveryResult.failed("No answer within " + readTimeoutMs + " ms");
    } catch (IOException unreachable) {
      return DeliveryResult.failed("Cannot reach the receiver: " + unreachable.getMessage());
    } catch (WebhookSigningException unsignable) {
      return DeliveryResult.abandoned("Cannot sign with the configured secret: " + unsignable.getMessage());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return DeliveryResult.failed("Interrupted while delivering");
    } catch (com.standardwebhooks.exceptions.EmptyWebhookSecretException noSecret) {
      return DeliveryResult.abandoned("The webhook has no secret.");
    }
  }

  private HttpClient client() {
    if (http == null) {
      http = HttpClient.newBuilder()
          .connectTimeout(Duration.ofMillis(connectTimeoutMs))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
    }
    return http;
  }
}
