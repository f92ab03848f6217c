package org.placette.notifications.internal.trigger;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.placette.notifications.internal.inbox.NotificationDetails;
import org.placette.notifications.internal.inbox.NotificationKind;

/**
 * What happened, as every recipient is told it: {@code aboutId} (the solution, or the question)
 * and {@code needId} identify it together with the kind; {@code score} and {@code themes} are
 * those of a match, which members filter on.
 */
record Occurrence(NotificationKind kind, UUID needId, UUID aboutId, Integer score, List<String> themes,
    NotificationDetails details) {

  Occurrence {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(needId, "needId");
    Objects.requireNonNull(aboutId, "aboutId");
    themes = List.copyOf(themes);
    Objects.requireNonNull(details, "details");
  }
}
