package org.placette.notifications.internal.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Dispatch and retry settings; each is a MicroProfile Config key (environment: upper case, underscores). */
@ApplicationScoped
public class DeliverySettings {

  @Inject
  @ConfigProperty(name = "notifications.delivery.max-attempts", defaultValue = "8")
  int maxAttempts;

  /** Emails may wait out a longer SMTP outage than webhooks; by default they get as many attempts. */
  @Inject
  @ConfigProperty(name = "notifications.delivery.email.max-attempts", defaultValue = "0")
  int emailMaxAttempts;

  @Inject
  @ConfigProperty(name = "notifications.delivery.base-delay-ms", defaultValue = "1000")
  long baseDelayMs;

  @Inject
  @ConfigProperty(name = "notifications.delivery.max-delay-ms", defaultValue = "600000")
  long maxDelayMs;

  @Inject
  @ConfigProperty(name = "notifications.dispatch.poll-interval-ms", defaultValue = "1000")
  long pollIntervalMs;

  @Inject
  @ConfigProperty(name = "notifications.dispatch.batch-size", defaultValue = "50")
  int batchSize;

  @Inject
  @ConfigProperty(name = "notifications.dispatch.lease-seconds", defaultValue = "60")
  long leaseSeconds;

  RetryPolicy retryPolicy(Channel channel) {
    int attempts = channel == Channel.EMAIL && emailMaxAttempts > 0 ? emailMaxAttempts : maxAttempts;
    return new RetryPolicy(Duration.ofMillis(baseDelayMs), Duration.ofMillis(maxDelayMs), attempts);
  }

  Duration pollInterval() {
    return Duration.ofMillis(pollIntervalMs);
  }

  int batchSize() {
    return batchSize;
  }

  Duration lease() {
    return Duration.ofSeconds(leaseSeconds);
  }
}
