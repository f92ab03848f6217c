package org.placette.notifications.internal.outbox;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with full jitter: the n-th retry waits a random time between zero and
 * {@code min(cap, base × 2^(n-1))}. The jitter spreads the retries of a burst that failed
 * together (a receiver that was down) instead of sending them back all at once.
 */
public record RetryPolicy(Duration base, Duration cap, int maxAttempts) {

  public RetryPolicy {
    if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0 || maxAttempts < 1) {
      throw new IllegalArgumentException("Invalid retry policy: base " + base + ", cap " + cap + ", attempts " + maxAttempts);
    }
  }

  /** Whether an entry that has failed {@code attempts} times may be tried again. */
  public boolean allowsAnotherAttempt(int attempts) {
    return attempts < maxAttempts;
  }

  /** The wait before the next attempt after {@code attempts} failures; {@code random} yields [0, 1). */
  public Duration delayAfter(int attempts, DoubleSupplier random) {
    long ceiling = base.toMillis() << Math.min(attempts - 1, 30);
    long bounded = Math.min(cap.toMillis(), ceiling <= 0 ? Long.MAX_VALUE : ceiling);
    return Duration.ofMillis((long) (random.getAsDouble() * bounded));
  }
}
