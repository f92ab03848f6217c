package org.placette.notifications.internal.digest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import org.placette.notifications.internal.preference.Frequency;

/**
 * The digest period that ended last: daily ones end every day at the send hour, weekly ones on
 * Mondays at that hour, in the platform's time zone. Its key names it for the one-digest-per-member
 * rule; its end is the cut-off for what the digest includes.
 */
record DigestPeriod(String key, Instant end) {

  static DigestPeriod lastEnded(Frequency frequency, Instant now, ZoneId zone, LocalTime sendAt) {
    ZonedDateTime local = now.atZone(zone);
    ZonedDateTime end = local.toLocalDate().atTime(sendAt).atZone(zone);
    if (frequency == Frequency.WEEKLY) {
      end = end.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      if (end.isAfter(local)) {
        end = end.minusWeeks(1);
      }
    } else if (end.isAfter(local)) {
      end = end.minusDays(1);
    }
    return new DigestPeriod(frequency.name() + ":" + end.toLocalDate(), end.toInstant());
  }
}
