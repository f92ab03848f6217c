package org.placette.notifications.internal.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OutboxEntryTest {

  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
  private final RetryPolicy threeAttempts = new RetryPolicy(Duration.ofSeconds(1), Duration.ofMinutes(1), 3);

  private OutboxEntry entry() {
    return new OutboxEntry(Channel.WEBHOOK, UUID.randomUUID(), "placette.test", "{}", NOW);
  }

  @Test
  void keepsItsMessageIdAcrossRetries() {
    OutboxEntry entry = entry();
    String id = entry.messageId();
    entry.failed("HTTP 500", NOW, threeAttempts, Duration.ofSeconds(1));
    entry.delivered(NOW.plusSeconds(2));
    assertThat(entry.messageId()).isEqualTo(id).startsWith("msg_");
    assertThat(entry.status()).isEqualTo(DeliveryStatus.DELIVERED);
    assertThat(entry.attempts()).isEqualTo(2);
  }

  @Test
  void schedulesTheNextAttemptAfterTheBackoff() {
    OutboxEntry entry = entry();
    entry.failed("HTTP 503", NOW, threeAttempts, Duration.ofSeconds(7));
    assertThat(entry.status()).isEqualTo(DeliveryStatus.PENDING);
    assertThat(entry.nextAttemptAt()).isEqualTo(NOW.plusSeconds(7));
    assertThat(entry.lastError()).isEqualTo("HTTP 503");
  }

  @Test
  void becomesADeadLetterWhenTheAttemptsRunOutAndCanBeRedelivered() {
    OutboxEntry entry = entry();
    for (int attempt = 0; attempt < 3; attempt++) {
      entry.failed("timeout", NOW, threeAttempts, Duration.ofSeconds(1));
    }
    assertThat(entry.status()).isEqualTo(DeliveryStatus.DEAD);

    entry.redeliver(NOW.plusSeconds(60));
    assertThat(entry.status()).isEqualTo(DeliveryStatus.PENDING);
    assertThat(entry.attempts()).isZero();
    assertThat(entry.nextAttemptAt()).isEqualTo(NOW.plusSeconds(60));
  }

  @Test
  void anAbandonedEntryIsDeadAtOnce() {
    OutboxEntry entry = entry();
    entry.abandon("The organisation has no webhook any more.");
    assertThat(entry.status()).isEqualTo(DeliveryStatus.DEAD);
  }

  @Test
  void onlyADeadLetterCanBeRedelivered() {
    assertThatThrownBy(() -> entry().redeliver(NOW)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void truncatesLongErrorsToTheColumn() {
    OutboxEntry entry = entry();
    entry.failed("x".repeat(5000), NOW, threeAttempts, Duration.ZERO);
    assertThat(entry.lastError()).hasSize(1000);
  }
}
