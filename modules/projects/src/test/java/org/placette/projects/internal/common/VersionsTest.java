package org.placette.projects.internal.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.placette.kernel.problem.Problem;

class VersionsTest {

  @Test
  void readsStrongWeakAndBareTags() {
    assertThat(Versions.expected("\"3\"")).isEqualTo(3L);
    assertThat(Versions.expected("W/\"3\"")).isEqualTo(3L);
    assertThat(Versions.expected("3")).isEqualTo(3L);
  }

  @Test
  void treatsAbsentAndStarAsNoPrecondition() {
    assertThat(Versions.expected(null)).isNull();
    assertThat(Versions.expected("*")).isNull();
  }

  @Test
  void aTagNeverIssuedNeverMatches() {
    assertThatThrownBy(() -> Versions.check(Versions.expected("\"abc\""), 0, "The need"))
        .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.status()).isEqualTo(412));
  }
}
