package org.placette.notifications.internal.inbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A notification as its recipient sees it, in the inbox and on the live stream. */
@Schema(description = "A notification; id is its position in the member's stream (also the SSE event id)")
public record NotificationView(
    long id,
    String kind,
    UUID needId,
    String needTitle,
    UUID solutionId,
    String solutionTitle,
    UUID questionId,
    UUID interestId,
    Integer score,
    List<NotificationDetails.Concept> concepts,
    List<String> matchedTerms,
    String reason,
    Instant createdAt,
    boolean read) {

  public static NotificationView of(Notification notification) {
    NotificationDetails details = notification.details();
    return new NotificationView(notification.seq(), notification.kind().name(), notification.needId(),
        details.needTitle(), details.solutionId(), details.solutionTitle(), details.questionId(),
        details.interestId(), notification.score(), details.concepts(), details.matchedTerms(), details.reason(),
        notification.createdAt(), notification.readAt() != null);
  }
}
