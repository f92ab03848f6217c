package org.placette.notifications.internal.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(1), Duration.ofMinutes(10), 8);

  @Test
  void doublesTheCeilingAfterEachFailure() {
    assertThat(policy.delayAfter(1, () -> 0.999)).isBetween(Duration.ofMillis(990), Duration.ofSeconds(1));
    assertThat(policy.delayAfter(2, () -> 0.999)).isBetween(Duration.ofMillis(1990), Duration.ofSeconds(2));
    assertThat(policy.delayAfter(5, () -> 0.999)).isBetween(Duration.ofMillis(15900), Duration.ofSeconds(16));
  }

  @Test
  void neverWaitsLongerThanTheCapEvenAfterManyFailures() {
    assertThat(policy.delayAfter(40, () -> 0.999)).isLessThanOrEqualTo(Duration.ofMinutes(10));
    assertThat(policy.delayAfter(200, () -> 0.5)).isLessThanOrEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void jitterSpreadsRetriesBetweenZeroAndTheCeiling() {
    assertThat(policy.delayAfter(3, () -> 0.0)).isZero();
    assertThat(policy.delayAfter(3, () -> 0.5)).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void allowsAttemptsUpToTheMaximum() {
    assertThat(policy.allowsAnotherAttempt(7)).isTrue();
    assertThat(policy.allowsAnotherAttempt(8)).isFalse();
  }

  @Test
  void rejectsAPolicyThatCouldNeverWait() {
    assertThatThrownBy(() -> new RetryPolicy(Duration.ZERO, Duration.ofMinutes(1), 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(1), Duration.ofMinutes(1), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
