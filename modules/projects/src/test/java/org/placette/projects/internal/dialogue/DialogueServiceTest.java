package org.placette.projects.internal.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DialogueServiceTest {

  @Test
  void medianAnswerTimeIsInHoursToOneDecimal() {
    assertThat(DialogueService.medianHours(List.of())).isNull();
    assertThat(DialogueService.medianHours(List.of(3600L))).isEqualTo(1.0);
    assertThat(DialogueService.medianHours(List.of(7200L, 3600L, 36_000L))).isEqualTo(2.0);
    assertThat(DialogueService.medianHours(List.of(3600L, 7200L))).isEqualTo(1.5);
  }
}
