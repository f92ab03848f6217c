package org.placette.actors.internal.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.placette.actors.api.MemberContact;

/** The members' repository. */
@ApplicationScoped
public class Members {

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
   * How to reach the organisation's members who have their account, oldest first. A projection, not
   * entities: a published need may ask this for thousands of organisations in one transaction, and
   * thousands of managed members would make every later query of that transaction check them all.
   */
  public List<MemberContact> contactsOf(UUID organisationId) {
    return entityManager.createQuery("select new org.placette.actors.api.MemberContact(m.keycloakUserId,"
            + " m.organisationId, m.email, concat(m.firstName, ' ', m.lastName), m.language) from Member m"
            + " where m.organisationId = :organisation and m.keycloakUserId is not null"
            + " and m.status = org.placette.actors.internal.member.MemberStatus.ACTIVE order by m.joinedAt, m.id",
            MemberContact.class)
        .setParameter("organisation", organisationId)
        .getResultList();
  }

  public void flush() {
    entityManager.flush();
  }
}
