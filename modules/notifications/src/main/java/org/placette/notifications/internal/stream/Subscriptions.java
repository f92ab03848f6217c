package org.placette.notifications.internal.stream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import org.placette.kernel.caller.Caller;
import org.placette.kernel.caller.Roles;
import org.placette.kernel.problem.FieldError;
import org.placette.kernel.problem.Problem;

/** Opens the signed-in member's live stream, replaying first what they missed since {@code Last-Event-ID}. */
@ApplicationScoped
class Subscriptions {

  private static final int REPLAY_PAGE = 500;
  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject private Caller caller;

  @Inject private NotificationStream stream;

  @Inject private StreamReader reader;

  @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.STARTUP_MEMBER})
  void open(SseEventSink sink, Sse sse, String lastEventId) {
    if (caller.organisationId().isEmpty()) {
      throw Problem.forbidden("Only a member of an organisation receives notifications.");
    }
    Long resumeAfter = resumePoint(lastEventId);
    String subject = caller.subject();
    Subscriber subscriber = new Subscriber(subject, sink, sse, JSON,
        resumeAfter == null ? stream.seen() : resumeAfter);
    stream.subscribe(subscriber);
    try {
      if (resumeAfter != null) {
        List<StreamedNotification> missed;
        long after = resumeAfter;
        do {
          missed = reader.after(subject, after, REPLAY_PAGE);
          subscriber.replay(missed);
          after = subscriber.lastSent();
        } while (missed.size() == REPLAY_PAGE);
      }
    } finally {
      subscriber.replayDone();
    }
    // A first line, so that the client has the response headers at once even when nothing was missed.
    subscriber.keepAlive();
  }

  private static Long resumePoint(String lastEventId) {
    if (lastEventId == null || lastEventId.isBlank()) {
      return null;
    }
    try {
      long seq = Long.parseLong(lastEventId.trim());
      if (seq >= 0) {
        return seq;
      }
    } catch (NumberFormatException notANumber) {
      // Reported below, like a negative one.
    }
    throw Problem.invalid(List.of(new FieldError("Last-Event-ID",
        "The Last-Event-ID header is the id of the last event received, a number.")));
  }
}
