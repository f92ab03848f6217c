package org.placette.matchmaking.internal.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.placette.matchmaking.internal.profile.Side;

class ScoringTimesTest {

  private static final long MS = 1_000_000;

  @Test
  void summarisesEachSideSeparatelyInMilliseconds() {
    ScoringTimes times = new ScoringTimes();
    for (int i = 1; i <= 100; i++) {
      times.record(Side.SOLUTION, i * MS, i * MS / 4);
    }

    assertThat(times.summaries()).singleElement().satisfies(summary -> {
      assertThat(summary.candidates()).isEqualTo(Side.SOLUTION);
      assertThat(summary.samples()).isEqualTo(100);
      assertThat(summary.p50()).isEqualTo(50.0);
      assertThat(summary.p95()).isEqualTo(95.0);
      assertThat(summary.p99()).isEqualTo(99.0);
      assertThat(summary.engineP50()).isEqualTo(12.5);
      assertThat(summary.engineShare()).isEqualTo(0.25);
    });
  }

  @Test
  void forgetsWhatIsOlderThanTheWindow() {
    ScoringTimes times = new ScoringTimes();
    for (int i = 0; i < ScoringTimes.WINDOW; i++) {
      times.record(Side.NEED, 500 * MS, 100 * MS);
    }
    for (int i = 0; i < ScoringTimes.WINDOW; i++) {
      times.record(Side.NEED, 2 * MS, MS);
    }

    assertThat(times.summaries()).singleElement().satisfies(summary -> {
      assertThat(summary.samples()).isEqualTo(ScoringTimes.WINDOW);
      assertThat(summary.scored()).isEqualTo(2L * ScoringTimes.WINDOW);
      assertThat(summary.p99()).isEqualTo(2.0);
      assertThat(summary.engineShare()).isEqualTo(0.5);
    });
  }

  @Test
  void forgetsEverythingWhenAskedButKeepsCounting() {
    ScoringTimes times = new ScoringTimes();
    times.record(Side.SOLUTION, 500 * MS, 100 * MS);
    times.forget();
    assertThat(times.summaries()).isEmpty();

    times.record(Side.SOLUTION, 2 * MS, MS);

    assertThat(times.summaries()).singleElement().satisfies(summary -> {
      assertThat(summary.samples()).isEqualTo(1);
      assertThat(summary.scored()).isEqualTo(2);
      assertThat(summary.p50()).isEqualTo(2.0);
    });
  }
}
