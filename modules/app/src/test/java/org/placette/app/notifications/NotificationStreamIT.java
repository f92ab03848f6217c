package org.placette.app.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.placette.app.projects.ProjectsApi.unique;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The live stream, read by a real Server-Sent Events client while the dialogue flows run. */
class NotificationStreamIT {

  private static final Duration LIVE = Duration.ofSeconds(10);

  private Dialogue.Member member;
  private String authority;

  @BeforeEach
  void aStartupMemberAndTheDemoAuthority() {
    member = Dialogue.newStartupMember();
    authority = Dialogue.authority();
  }

  @Test
  void streamsANotificationAsItIsWrittenWithItsInboxIdAsEventId() throws Exception {
    try (SseClient stream = new SseClient(member.token(), null)) {
      assertThat(stream.status()).isEqualTo(200);
      assertThat(stream.contentType()).startsWith("text/event-stream");
      String question = Dialogue.questionAnswered(member, authority, Dialogue.need(authority, unique("live")));

      SseClient.Event event = stream.next(LIVE);

      assertThat(event).as("an event within " + LIVE).isNotNull();
      assertThat(event.name()).isEqualTo("notification");
      assertThat(event.data()).contains(question).contains("QUESTION_ANSWERED");
      Object inboxId = Inboxes.await(member.token(), Inboxes.about("QUESTION_ANSWERED", "questionId", question)).get("id");
      assertThat(event.id()).isEqualTo(inboxId.toString());
    }
  }

  @Test
  void replaysWhatWasMissedAfterLastEventIdThenGoesOnLive() throws Exception {
    String need = Dialogue.need(authority, unique("resume"));
    String seen;
    try (SseClient stream = new SseClient(member.token(), null)) {
      Dialogue.questionAnswered(member, authority, need);
      seen = stream.next(LIVE).id();
    }
    String missed = Dialogue.questionAnswered(member, authority, need);
    Inboxes.await(member.token(), Inboxes.about("QUESTION_ANSWERED", "questionId", missed));

    try (SseClient resumed = new SseClient(member.token(), seen)) {
      SseClient.Event replayed = resumed.next(LIVE);
      assertThat(replayed).isNotNull();
      assertThat(replayed.data()).contains(missed);
      assertThat(Long.parseLong(replayed.id())).isGreaterThan(Long.parseLong(seen));

      String live = Dialogue.questionAnswered(member, authority, need);
      SseClient.Event next = resumed.next(LIVE);
      assertThat(next).isNotNull();
      assertThat(next.data()).contains(live);
      assertThat(Long.parseLong(next.id())).isGreaterThan(Long.parseLong(replayed.id()));
    }
  }

  @Test
  void refusesAStreamWithoutTokenOrWithAMeaninglessLastEventId() throws Exception {
    try (SseClient anonymous = new SseClient("not-a-token", null)) {
      assertThat(anonymous.status()).isEqualTo(401);
    }
    try (SseClient garbled = new SseClient(member.token(), "yesterday")) {
      assertThat(garbled.status()).isEqualTo(400);
    }
  }
}
