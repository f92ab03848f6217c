package org.placette.projects.internal.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placette.kernel.problem.Problem;

class CursorTest {

  @Test
  void roundTripsItsPosition() {
    UUID id = UUID.randomUUID();
    Cursor cursor = new Cursor("-createdAt", "2026-11-22T09:00:00.123456Z", id);
    assertThat(Cursor.decode(cursor.encode(), "-createdAt")).isEqualTo(cursor);
  }

  @Test
  void refusesACursorMadeForAnotherSort() {
    String encoded = new Cursor("deadline", "2027-01-01", UUID.randomUUID()).encode();
    assertThatThrownBy(() -> Cursor.decode(encoded, "-createdAt"))
        .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.fieldErrors()).extracting("field").containsExactly("cursor"));
  }

  @Test
  void refusesGarbage() {
    assertThatThrownBy(() -> Cursor.decode("not a cursor!", "-createdAt")).isInstanceOf(Problem.class);
  }

  @Test
  void startsAtTheBeginningWithoutACursor() {
    assertThat(Cursor.decode(null, "-createdAt")).isNull();
  }
}
