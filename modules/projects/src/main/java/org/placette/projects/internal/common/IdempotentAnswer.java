package org.placette.projects.internal.common;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.ws.rs.core.Response;
import java.io.Serializable;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/** The stored answer to one caller's POST under one Idempotency-Key. */
@Entity
@Table(name = "projects_idempotency")
@IdClass(IdempotentAnswer.Key.class)
class IdempotentAnswer {

  @Id private String caller;

  @Id
  @Column(name = "idempotency_key")
  private String idempotencyKey;

  @Column(name = "request_hash", nullable = false)
  private String requestHash;

  private int status;
  private String body;
  private String location;
  private String etag;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected IdempotentAnswer() {}

  IdempotentAnswer(String caller, String idempotencyKey, String requestHash) {
    this.caller = caller;
    this.idempotencyKey = idempotencyKey;
    this.requestHash = requestHash;
    this.status = 0;
    this.createdAt = Clock.now();
  }

  void record(int status, String body, URI location, String etag) {
    this.status = status;
    this.body = body;
    this.location = location == null ? null : location.toString();
    this.etag = etag;
  }

  String requestHash() {
    return requestHash;
  }

  Response replay() {
    return IdempotentPosts.replay(status, body, location, etag);
  }

  /** Composite id: the caller's subject and its key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private String caller;
    private String idempotencyKey;

    public Key() {}

    Key(String caller, String idempotencyKey) {
      this.caller = caller;
      this.idempotencyKey = idempotencyKey;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && caller.equals(key.caller) && idempotencyKey.equals(key.idempotencyKey);
    }

    @Override
    public int hashCode() {
      return Objects.hash(caller, idempotencyKey);
    }
  }
}
