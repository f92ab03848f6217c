package org.placette.notifications.internal.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placette.notifications.internal.inbox.NotificationDetails;
import org.placette.notifications.internal.inbox.NotificationKind;

class DigestLayoutTest {

  private static final UUID PARKING = new UUID(0, 1);
  private static final UUID WATER = new UUID(0, 2);

  private static DigestEntry match(UUID need, String needTitle, String solution, int score) {
    return new DigestEntry(NotificationKind.NEW_MATCHING_SOLUTION, need, score,
        new NotificationDetails(needTitle, UUID.randomUUID(), solution, null, null, null, null, null));
  }

  private static DigestEntry answer(UUID need, String needTitle) {
    return new DigestEntry(NotificationKind.QUESTION_ANSWERED, need, null,
        new NotificationDetails(needTitle, null, null, UUID.randomUUID(), null, null, null, null));
  }

  @Test
  void groupsByNeedWithTheNeedOfTheBestMatchFirstAndTheBestMatchFirstInside() {
    DigestLayout layout = DigestLayout.of(List.of(
        match(PARKING, "Parking", "P1", 64),
        answer(WATER, "Water"),
        match(WATER, "Water", "W1", 71),
        match(PARKING, "Parking", "P2", 88),
        match(WATER, "Water", "W2", 93)), 50);

    assertThat(layout.groups()).extracting(DigestLayout.NeedGroup::needTitle).containsExactly("Water", "Parking");
    assertThat(layout.groups().get(0).entries()).extracting(DigestEntry::score).containsExactly(93, 71, null);
    assertThat(layout.groups().get(1).entries()).extracting(entry -> entry.details().solutionTitle())
        .containsExactly("P2", "P1");
    assertThat(layout.hidden()).isZero();
  }

  @Test
  void keepsTheBestWithinTheLimitAndCountsWhatIsLeftOut() {
    DigestLayout layout = DigestLayout.of(List.of(
        match(PARKING, "Parking", "P1", 64),
        match(WATER, "Water", "W1", 93),
        match(WATER, "Water", "W2", 90)), 2);

    assertThat(layout.groups()).extracting(DigestLayout.NeedGroup::needTitle).containsExactly("Water");
    assertThat(layout.shown()).isEqualTo(2);
    assertThat(layout.hidden()).isEqualTo(1);
  }
}
