package org.placette.actors.internal.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The revocations table. */
@ApplicationScoped
class RevocationStore {

  @PersistenceContext(unitName = "actors")
  private EntityManager entityManager;

  /** At least the longest access-token lifespan of the realm (5 minutes in the export). */
  @Inject
  @ConfigProperty(name = "actors.revocation.retention", defaultValue = "PT1H")
  Duration retention;

  @Transactional(Transactional.TxType.MANDATORY)
  void revoke(String subject, Instant at) {
    String hash = hash(subject);
    AccessRevocation existing = entityManager.find(AccessRevocation.class, hash);
    if (existing == null) {
      entityManager.persist(new AccessRevocation(hash, at, at.plus(retention)));
    } else {
      existing.renew(at, at.plus(retention));
    }
  }

  @Transactional(Transactional.TxType.MANDATORY)
  void lift(String subject) {
    AccessRevocation existing = entityManager.find(AccessRevocation.class, hash(subject));
    if (existing != null) {
      entityManager.remove(existing);
    }
  }

  /** The live revocations; expired ones are deleted on the way. */
  @Transactional
  Map<String, Instant> live(Instant now) {
    entityManager.createQuery("delete from AccessRevocation r where r.expiresAt < :now")
        .setParameter("now", now).executeUpdate();
    return entityManager.createQuery("select r from AccessRevocation r", AccessRevocation.class)
        .getResultStream()
        .collect(Collectors.toMap(AccessRevocation::subjectHash, AccessRevocation::revokedAt));
  }

  static String hash(String subject) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(subject.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("SHA-256 is part of every JVM", impossible);
    }
  }
}
