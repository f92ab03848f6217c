package org.placette.actors.internal.check;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.placette.actors.internal.audit.AuditLog;
import org.placette.kernel.caller.Roles;
import org.placette.kernel.problem.InputCheck;
import org.placette.kernel.problem.Problem;

/** The allow-list of public bodies' mail domains, kept by platform admins, and the check that reads it. */
@ApplicationScoped
public class PublicBodyDomains {

  private static final String DOMAIN = "(?=.{3,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}";

  @PersistenceContext(unitName = "actors")
  private EntityManager entityManager;

  @Inject private AuditLog audit;

  @Transactional
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  public List<PublicBodyDomain> list() {
    return entityManager.createQuery("select d from PublicBodyDomain d order by d.domain", PublicBodyDomain.class)
        .getResultList();
  }

  @Transactional
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  public PublicBodyDomain add(String domain, String note) {
    String normalised = domain == null ? "" : PublicBodyDomain.normalise(domain);
    InputCheck.start()
        .require(normalised.matches(DOMAIN), "domain", "A mail domain such as niort.fr is required.")
        .require(note == null || note.length() <= 500, "note", "The note has at most 500 characters.")
        .orThrow();
    if (entityManager.find(PublicBodyDomain.class, normalised) != null) {
      throw Problem.conflict(normalised + " is already on the list.");
    }
    PublicBodyDomain added = new PublicBodyDomain(normalised, note, Instant.now());
    entityManager.persist(added);
    audit.record("public-body-domain.added", "public-body-domain", normalised, null, null, added.view());
    return added;
  }

  @Transactional
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  public void remove(String domain) {
    PublicBodyDomain found = entityManager.find(PublicBodyDomain.class, PublicBodyDomain.normalise(domain));
    if (found == null) {
      throw Problem.notFound("Public body domain", domain);
    }
    entityManager.remove(found);
    audit.record("public-body-domain.removed", "public-body-domain", found.domain(), null, found.view(), null);
  }

  /** Joins the caller's transaction; read by the admin's review of an organisation. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public EmailDomainVerdict check(String email, boolean publicBody) {
    if (!publicBody) {
      return EmailDomainVerdict.NOT_APPLICABLE;
    }
    if (email == null || !email.contains("@")) {
      return EmailDomainVerdict.NOT_LISTED;
    }
    String mailDomain = email.substring(email.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    boolean listed = entityManager.createQuery("select d from PublicBodyDomain d", PublicBodyDomain.class)
        .getResultStream().anyMatch(entry -> entry.covers(mailDomain));
    return listed ? EmailDomainVerdict.LISTED : EmailDomainVerdict.NOT_LISTED;
  }
}
