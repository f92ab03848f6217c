package org.placette.projects.internal.journal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.placette.kernel.caller.Roles;
import org.placette.kernel.paging.Page;
import org.placette.kernel.problem.InputCheck;
import org.placette.projects.internal.common.Keyset;

/** Reads the event journal. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Journal {

  @PersistenceContext(unitName = "projects")
  private EntityManager entityManager;

  @RolesAllowed(Roles.PLATFORM_ADMIN)
  public Page<JournalEntryView> entries(String subject, String type, String cursor, Integer limit) {
    InputCheck check = InputCheck.start();
    UUID subjectId = null;
    if (subject != null) {
      try {
        subjectId = UUID.fromString(subject.strip());
      } catch (IllegalArgumentException unreadable) {
        check.add("subject", "Not an id.");
      }
    }
    int size = Keyset.limit(check, limit);
    check.orThrow();
    Keyset<JournalEntry> query = new Keyset<>(JournalEntry.class, "e", "occurredAt");
    if (subjectId != null) {
      query.and("e.subjectId = :subject", "subject", subjectId);
    }
    if (type != null) {
      query.and("e.type = :type", "type", type);
    }
    return query.page(entityManager, "occurredAt", cursor, size, JournalEntry::occurredAt, JournalEntry::id,
        JournalEntry::view);
  }
}
