package org.placette.notifications.internal.email;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.placette.actors.api.MemberContact;
import org.placette.actors.api.OrganisationMembers;
import org.placette.notifications.internal.inbox.Notification;
import org.placette.notifications.internal.preference.Frequency;
import org.placette.notifications.internal.preference.NotificationPreferences;
import org.placette.notifications.internal.preference.Preference;

/**
 * Writes the email an outbox entry stands for, as things are when it is sent: the member's
 * current address and language, and nothing at all when they stopped emails or left meanwhile.
 */
@ApplicationScoped
class EmailDrafts {

  /** An email to one address. */
  record Draft(String to, String unsubscribeUrl, RenderedEmail email) {}

  @PersistenceContext(unitName = "notifications")
  private EntityManager entityManager;

  @Inject private OrganisationMembers members;

  @Inject private NotificationPreferences preferences;

  @Inject private EmailSettings settings;

  @Transactional
  Optional<Draft> notification(UUID notificationId) {
    Notification notification = entityManager.find(Notification.class, notificationId);
    if (notification == null) {
      return Optional.empty();
    }
    return recipient(notification.recipientSubject()).map(recipient -> {
      String unsubscribe = settings.unsubscribeUrl(recipient.contact().subject());
      return new Draft(recipient.contact().email(), unsubscribe, recipient.templates()
          .notification(notification.kind(), notification.score(), notification.details(), unsubscribe));
    });
  }

  @Transactional
  Optional<Draft> digest(UUID digestId) {
    List<Notification> included = entityManager.createQuery(
            "select n from Notification n where n.digestId = :digest order by n.createdAt", Notification.class)
        .setParameter("digest", digestId)
        .getResultList();
    if (included.isEmpty()) {
      return Optional.empty();
    }
    String subject = included.get(0).recipientSubject();
    return recipient(subject).map(recipient -> {
      String unsubscribe = settings.unsubscribeUrl(subject);
      Frequency frequency = recipient.preference().frequency() == Frequency.WEEKLY ? Frequency.WEEKLY : Frequency.DAILY;
      List<DigestEntry> entries = included.stream()
          .map(n -> new DigestEntry(n.kind(), n.needId(), n.score(), n.details())).toList();
      return new Draft(recipient.contact().email(), unsubscribe,
          recipient.templates().digest(frequency, entries, unsubscribe));
    });
  }

  private record Reader(MemberContact contact, Preference preference, EmailTemplates templates) {}

  private Optional<Reader> recipient(String subject) {
    Preference preference = preferences.of(subject);
    if (!preference.email()) {
      return Optional.empty();
    }
    return members.bySubject(subject).filter(contact -> contact.email() != null)
        .map(contact -> new Reader(contact, preference,
            new EmailTemplates(preference.languageOr(contact.language()))));
  }
}
