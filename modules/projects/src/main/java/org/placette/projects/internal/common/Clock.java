package org.placette.projects.internal.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Times as stored: truncated to microseconds, the precision of both databases, so that a value read
 * back (and carried in a cursor) equals the one written.
 */
public final class Clock {

  private Clock() {}

  public static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  public static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }
}
