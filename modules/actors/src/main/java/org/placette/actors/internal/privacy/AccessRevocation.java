package org.placette.actors.internal.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Tokens of a subject issued up to {@code revokedAt} are refused. Kept only until every such token
 * has expired anyway, and keyed by a hash of the subject: once erased, nobody can read back whom
 * it concerned.
 */
@Entity
@Table(name = "actors_access_revocation")
public class AccessRevocation {

  @Id
  @Column(name = "subject_hash", length = 64)
  private String subjectHash;

  @Column(name = "revoked_at", nullable = false)
  private Instant revokedAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  protected AccessRevocation() {}

  AccessRevocation(String subjectHash, Instant revokedAt, Instant expiresAt) {
    this.subjectHash = subjectHash;
    this.revokedAt = revokedAt;
    this.expiresAt = expiresAt;
  }

  void renew(Instant revokedAt, Instant expiresAt) {
    this.revokedAt = revokedAt;
    this.expiresAt = expiresAt;
  }

  String subjectHash() {
    return subjectHash;
  }

  Instant revokedAt() {
    return revokedAt;
  }
}
