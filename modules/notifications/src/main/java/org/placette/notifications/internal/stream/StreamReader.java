package org.placette.notifications.internal.stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.placette.notifications.internal.inbox.Notification;
import org.placette.notifications.internal.inbox.NotificationView;

/** Reads numbered notifications in order, for the live stream and for a reconnecting client. */
@ApplicationScoped
class StreamReader {

  @PersistenceContext(unitName = "notifications")
  private EntityManager entityManager;

  /** Everyone's notifications numbered after {@code seq}, in order. */
  @Transactional
  List<StreamedNotification> after(long seq, int limit) {
    return entityManager.createQuery("select n from Notification n where n.seq > :seq order by n.seq",
            Notification.class)
        .setParameter("seq", seq)
        .setMaxResults(limit)
        .getResultStream()
        .map(n -> new StreamedNotification(n.recipientSubject(), NotificationView.of(n)))
        .toList();
  }

  /** One member's notifications numbered after {@code seq}, in order: what a reconnecting client missed. */
  @Transactional
  List<StreamedNotification> after(String subject, long seq, int limit) {
    return entityManager.createQuery("select n from Notification n where n.recipientSubject = :subject"
            + " and n.seq > :seq order by n.seq", Notification.class)
        .setParameter("subject", subject)
        .setParameter("seq", seq)
        .setMaxResults(limit)
        .getResultStream()
        .map(n -> new StreamedNotification(n.recipientSubject(), NotificationView.of(n)))
        .toList();
  }

  @Transactional
  long lastSeq() {
    Long last = entityManager.createQuery("select max(n.seq) from Notification n", Long.class).getSingleResult();
    return last == null ? 0 : last;
  }
}
