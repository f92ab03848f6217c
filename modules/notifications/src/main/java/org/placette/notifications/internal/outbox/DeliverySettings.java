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

  RetryPolicy retryPolicy() {
    return new RetryPolicy(Duration.ofMillis(baseDelayMs), Duration.ofMillis(maxDelayMs), maxAttempts);
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
