package org.placette.actors.internal.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.placette.actors.api.MemberContact;

/** The members' repository. */
@ApplicationScoped
public class Members {

  /** Organisations per query: well below the bind parameters a database statement may carry. */
  private static final int LOOKUP_CHUNK = 1_000;

  @PersistenceContext(unitName = "actors")
  private EntityManager entityManager;

  public void add(Member member) {
    entityManager.persist(member);
  }

  public Optional<Member> find(UUID id) {
    return Optional.ofNullable(entityManager.find(Member.class, id));
  }

  public Optional<Member> byEmail(String email) {
    return entityManager.createQuery("select m from Member m where m.email = :email", Member.class)
        .setParameter("email", Member.normaliseEmail(email))
        .getResultStream().findFirst();
  }

  public Optional<Member> bySubject(String subject) {
    if (subject == null) {
      return Optional.empty();
    }
    return entityManager.createQuery("select m from Member m where m.keycloakUserId = :subject", Member.class)
        .setParameter("subject", subject)
        .getResultStream().findFirst();
  }

  /** Everyone of the organisation who is not erased, oldest first. */
  public List<Member> of(UUID organisationId) {
    return entityManager.createQuery("select m from Member m where m.organisationId = :organisation"
            + " and m.status <> org.placette.actors.internal.member.MemberStatus.ERASED order by m.joinedAt, m.id",
            Member.class)
        .setParameter("organisation", organisationId)
        .getResultList();
  }

  /**
   * How to reach the organisations' members who have their account, oldest first. A projection, not
   * entities: a published need may ask this for thousands of organisations in one transaction, and
   * thousands of managed members would make every later query of that transaction check them all.
   */
  public List<MemberContact> contactsOf(Collection<UUID> organisationIds) {
    List<UUID> distinct = List.copyOf(new LinkedHashSet<>(organisationIds));
    List<MemberContact> contacts = new ArrayList<>();
    for (int from = 0; from < distinct.size(); from += LOOKUP_CHUNK) {
      contacts.addAll(entityManager.createQuery("select new org.placette.actors.api.MemberContact(m.keycloakUserId,"
              + " m.organisationId, m.email, concat(m.firstName, ' ', m.lastName), m.language) from Member m"
              + " where m.organisationId in :organisations and m.keycloakUserId is not null"
              + " and m.status = org.placette.actors.internal.member.MemberStatus.ACTIVE order by m.joinedAt, m.id",
              MemberContact.class)
          .setParameter("organisations", distinct.subList(from, Math.min(distinct.size(), from + LOOKUP_CHUNK)))
          .getResultList());
    }
    return contacts;
  }

  public void flush() {
    entityManager.flush();
  }
}
