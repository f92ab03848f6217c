package org.placette.actors.internal.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.placette.kernel.caller.Caller;
import org.placette.kernel.caller.Roles;

/** Writes and reads the audit log of the actors module. */
@ApplicationScoped
public class AuditLog {

  /** What replaces a person's data in the log once they are erased. */
  public static final String ERASED = "[erased]";

  private static final Jsonb JSON = JsonbBuilder.create();

  @PersistenceContext(unitName = "actors")
  private EntityManager entityManager;

  @Inject private Instance<Caller> caller;

  /**
   * Records an action in the current transaction, as done by the current caller (or by nobody
   * authenticated, for a public registration). States are any JSON-B-serialisable records.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(String action, String targetType, String targetId, UUID organisationId, Object before,
      Object after) {
    // A public request (a registration) has no token: the entry names no actor.
    Caller current = caller.get();
    String subject = current.authenticated() ? current.subject() : null;
    String name = current.authenticated() ? current.username() : null;
    entityManager.persist(new AuditEntry(Instant.now(), subject, name, action, targetType, targetId, organisationId,
        before == null ? null : JSON.toJson(before), after == null ? null : JSON.toJson(after)));
  }

  @Transactional
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  public List<AuditEntryView> find(AuditQuery query) {
    StringBuilder jpql = new StringBuilder("select e from AuditEntry e where 1 = 1");
    Map<String, Object> parameters = new HashMap<>();
    filter(jpql, parameters, "e.action = :action", "action", query.action());
    filter(jpql, parameters, "(e.actorName = :actor or e.actorSubject = :actor)", "actor", query.actor());
    filter(jpql, parameters, "e.targetType = :targetType", "targetType", query.targetType());
    filter(jpql, parameters, "e.targetId = :targetId", "targetId", query.targetId());
    filter(jpql, parameters, "e.organisationId = :organisationId", "organisationId", query.organisationId());
    filter(jpql, parameters, "e.occurredAt >= :from", "from", query.from());
    filter(jpql, parameters, "e.occurredAt < :to", "to", query.to());
    filter(jpql, parameters, "e.occurredAt < :before", "before", query.before());
    if (query.text() != null && !query.text().isBlank()) {
      jpql.append(" and (lower(e.before) like :text or lower(e.after) like :text or lower(e.targetId) like :text"
          + " or lower(e.actorName) like :text)");
      parameters.put("text", "%" + query.text().toLowerCase(java.util.Locale.ROOT) + "%");
    }
    jpql.append(" order by e.occurredAt desc, e.id");
    TypedQuery<AuditEntry> typed = entityManager.createQuery(jpql.toString(), AuditEntry.class);
    parameters.forEach(typed::setParameter);
    return typed.setMaxResults(query.limit()).getResultStream().map(AuditEntry::view).toList();
  }

  /**
   * Erases a person from the log (see {@link AuditEntry#scrub}): the entries they made, and those
   * whose states mention one of {@code keys} (their email, their member id), lose every one of
   * {@code personalValues}. Joins the erasure's transaction.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void scrub(String subject, Collection<String> keys, Collection<String> personalValues) {
    List<String> found = keys.stream().filter(v -> v != null && !v.isBlank()).toList();
    List<String> values = personalValues.stream().filter(v -> v != null && !v.isBlank()).toList();
    StringBuilder jpql = new StringBuilder("select e from AuditEntry e where e.actorSubject = :subject");
    for (int i = 0; i < found.size(); i++) {
      jpql.append(" or e.targetId = :v").append(i)
          .append(" or e.before like :p").append(i).append(" or e.after like :p").append(i);
    }
    TypedQuery<AuditEntry> candidates = entityManager.createQuery(jpql.toString(), AuditEntry.class)
        .setParameter("subject", subject == null ? "" : subject);
    for (int i = 0; i < found.size(); i++) {
      candidates.setParameter("v" + i, found.get(i)).setParameter("p" + i, "%" + found.get(i) + "%");
    }
    candidates.getResultStream().forEach(entry -> entry.scrub(subject, values));
  }

  /** Entries made by the subject, or about the member, or whose states mention the email: for an export. */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<AuditEntryView> concerning(String subject, String memberId, String email) {
    return entityManager.createQuery("select e from AuditEntry e where e.actorSubject = :subject"
            + " or e.targetId = :member or e.before like :email or e.after like :email"
            + " order by e.occurredAt, e.id", AuditEntry.class)
        .setParameter("subject", subject)
        .setParameter("member", memberId)
        .setParameter("email", "%\"" + email + "\"%")
        .getResultStream().map(AuditEntry::view).toList();
  }

  private static void filter(StringBuilder jpql, Map<String, Object> parameters, String clause, String name,
      Object value) {
    if (value != null && !(value instanceof String text && text.isBlank())) {
      jpql.append(" and ").append(clause);
      parameters.put(name, value);
    }
  }
}
