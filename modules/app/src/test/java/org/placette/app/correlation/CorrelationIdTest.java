package org.placette.app.correlation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CorrelationIdTest {

  @Test
  void keepsAWellFormedIdFromTheClient() {
    assertThat(CorrelationId.choose("portal-4f2a.9")).isEqualTo("portal-4f2a.9");
  }

  @Test
  void replacesAnythingThatCouldPolluteLogsOrHeaders() {
    assertThat(CorrelationId.choose("a b\r\nInjected: yes")).matches("[0-9a-f-]{36}");
    assertThat(CorrelationId.choose("x".repeat(65))).matches("[0-9a-f-]{36}");
    assertThat(CorrelationId.choose(null)).matches("[0-9a-f-]{36}");
  }
}
