package org.placette.notifications.internal.inbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.placette.kernel.caller.Caller;
import org.placette.kernel.caller.Roles;
import org.placette.kernel.paging.Page;
import org.placette.kernel.problem.InputCheck;
import org.placette.kernel.problem.Problem;

/** The signed-in member's notifications: newest first, the unread ones, marking them read. */
@ApplicationScoped
public class Inbox {

  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 100;

  @PersistenceContext(unitName = "notifications")
  private EntityManager entityManager;

  @Inject private Caller caller;

  /** A page of the member's notifications, newest first; {@code cursor} is the previous page's {@code next}. */
  @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.STARTUP_MEMBER})
  @Transactional
  public Page<NotificationView> page(boolean unreadOnly, String cursor, Integer limit) {
    InputCheck check = InputCheck.start();
    int size = limit == null ? DEFAULT_LIMIT : limit;
    check.require(size >= 1 && size <= MAX_LIMIT, "limit", "The limit is between 1 and " + MAX_LIMIT + ".");
    Long before = null;
    if (cursor != null && !cursor.isBlank()) {
      try {
        before = Long.parseLong(cursor.trim());
      } catch (NumberFormatException unreadable) {
        check.add("cursor", "Unknown cursor: pass the 'next' value of the previous page unchanged.");
      }
    }
    check.orThrow();
    StringBuilder jpql = new StringBuilder(
        "select n from Notification n where n.recipientSubject = :subject and n.seq is not null");
    if (unreadOnly) {
      jpql.append(" and n.readAt is null");
    }
    if (before != null) {
      jpql.append(" and n.seq < :before");
    }
    TypedQuery<Notification> query = entityManager.createQuery(jpql.append(" order by n.seq desc").toString(),
        Notification.class).setParameter("subject", memberSubject());
    if (before != null) {
      query.setParameter("before", before);
    }
    List<Notification> found = new ArrayList<>(query.setMaxResults(size + 1).getResultList());
    String next = null;
    if (found.size() > size) {
      found = found.subList(0, size);
      next = String.valueOf(found.get(size - 1).seq());
    }
    return new Page<>(found.stream().map(NotificationView::of).toList(), next);
  }

  @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.STARTUP_MEMBER})
  @Transactional
  public long unreadCount() {
    return entityManager.createQuery("select count(n) from Notification n where n.recipientSubject = :subject"
            + " and n.seq is not null and n.readAt is null", Long.class)
        .setParameter("subject", memberSubject())
        .getSingleResult();
  }

  /** Another member's notification is as unknown as one that does not exist. */
  @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.STARTUP_MEMBER})
  @Transactional
  public NotificationView markRead(long id) {
    Notification notification = entityManager.createQuery(
            "select n from Notification n where n.seq = :seq and n.recipientSubject = :subject", Notification.class)
        .setParameter("seq", id)
        .setParameter("subject", memberSubject())
        .getResultStream().findFirst()
        .orElseThrow(() -> Problem.notFound("Notification", id));
    notification.markRead(Instant.now());
    return NotificationView.of(notification);
  }

  /** Marks every notification of the member read; returns how many were unread. */
  @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.STARTUP_MEMBER})
  @Transactional
  public int markAllRead() {
    return entityManager.createQuery("update Notification n set n.readAt = :now where n.recipientSubject = :subject"
            + " and n.seq is not null and n.readAt is null")
        .setParameter("now", Instant.now())
        .setParameter("subject", memberSubject())
        .executeUpdate();
  }

  private String memberSubject() {
    if (caller.organisationId().isEmpty()) {
      throw Problem.forbidden("Only a member of an organisation receives notifications.");
    }
    return caller.subject();
  }
}
