package org.placette.actors.internal.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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

  public void flush() {
    entityManager.flush();
  }
}
