package org.placette.notifications.internal.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;

/** Where an organisation receives its events, and the secret they are signed with. */
@Entity
@Table(name = "notifications_webhook")
public class WebhookEndpoint {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Id
  @Column(name = "organisation_id")
  private UUID organisationId;

  @Column(nullable = false, length = 2000)
  private String url;

  @Column(nullable = false, length = 100)
  private String secret;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected WebhookEndpoint() {}

  WebhookEndpoint(UUID organisationId, URI url) {
    this.organisationId = Objects.requireNonNull(organisationId, "organisationId");
    pointTo(url);
    rotateSecret();
  }

  void pointTo(URI target) {
    this.url = target.toString();
    this.updatedAt = Instant.now();
  }

  /** A fresh 256-bit secret in the specification's {@code whsec_} form; the old one stops working at once. */
  void rotateSecret() {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    this.secret = "whsec_" + Base64.getEncoder().encodeToString(key);
    this.updatedAt = Instant.now();
  }

  UUID organisationId() {
    return organisationId;
  }

  URI url() {
    return URI.create(url);
  }

  String secret() {
    return secret;
  }

  Instant updatedAt() {
    return updatedAt;
  }
}
