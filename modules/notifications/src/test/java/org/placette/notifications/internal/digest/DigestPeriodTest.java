package org.placette.notifications.internal.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.placette.notifications.internal.preference.Frequency;

class DigestPeriodTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final LocalTime SEVEN = LocalTime.of(7, 0);

  @Test
  void theDailyPeriodEndsAtTheSendHourOfTodayOnceItHasPassed() {
    DigestPeriod period = DigestPeriod.lastEnded(Frequency.DAILY, Instant.parse("2026-11-25T06:30:00Z"), PARIS, SEVEN);
    assertThat(period.key()).isEqualTo("DAILY:2026-11-25");
    assertThat(period.end()).isEqualTo(Instant.parse("2026-11-25T06:00:00Z"));
  }

  @Test
  void beforeTheSendHourTheLastDailyPeriodIsYesterdays() {
    DigestPeriod period = DigestPeriod.lastEnded(Frequency.DAILY, Instant.parse("2026-11-25T05:59:00Z"), PARIS, SEVEN);
    assertThat(period.key()).isEqualTo("DAILY:2026-11-24");
  }

  @Test
  void theWeeklyPeriodEndsOnMondays() {
    // Wednesday 25 November 2026: the last Monday at seven was the 23rd.
    DigestPeriod period = DigestPeriod.lastEnded(Frequency.WEEKLY, Instant.parse("2026-11-25T12:00:00Z"), PARIS, SEVEN);
    assertThat(period.key()).isEqualTo("WEEKLY:2026-11-23");
    DigestPeriod earlyMonday = DigestPeriod.lastEnded(Frequency.WEEKLY, Instant.parse("2026-11-23T05:00:00Z"), PARIS, SEVEN);
    assertThat(earlyMonday.key()).isEqualTo("WEEKLY:2026-11-16");
  }

  @Test
  void theSameMomentAlwaysNamesTheSamePeriodSoInstancesAgree() {
    Instant now = Instant.parse("2026-11-25T09:00:00Z");
    assertThat(DigestPeriod.lastEnded(Frequency.DAILY, now, PARIS, SEVEN))
        .isEqualTo(DigestPeriod.lastEnded(Frequency.DAILY, now.plusSeconds(3600), PARIS, SEVEN));
  }
}
