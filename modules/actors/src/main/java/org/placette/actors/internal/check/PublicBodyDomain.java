package org.placette.actors.internal.check;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A mail domain that platform admins know belongs to public bodies ({@code niort.fr}, {@code
 * gouv.fr}). A subdomain counts too: {@code mairie.niort.fr} is covered by {@code niort.fr}.
 */
@Entity
@Table(name = "actors_public_body_domain")
public class PublicBodyDomain {

  @Id
  @Column(length = 253)
  private String domain;

  @Column(length = 500)
  private String note;

  @Column(name = "added_at", nullable = false)
  private Instant addedAt;

  protected PublicBodyDomain() {}

  PublicBodyDomain(String domain, String note, Instant addedAt) {
    this.domain = normalise(Objects.requireNonNull(domain, "domain"));
    this.note = note;
    this.addedAt = Objects.requireNonNull(addedAt, "addedAt");
  }

  static String normalise(String domain) {
    String trimmed = domain.trim().toLowerCase(Locale.ROOT);
    return trimmed.startsWith("@") ? trimmed.substring(1) : trimmed;
  }

  boolean covers(String mailDomain) {
    String candidate = normalise(mailDomain);
    return candidate.equals(domain) || candidate.endsWith("." + domain);
  }

  public String domain() {
    return domain;
  }

  public String note() {
    return note;
  }

  public Instant addedAt() {
    return addedAt;
  }

  public PublicBodyDomainView view() {
    return new PublicBodyDomainView(domain, note, addedAt);
  }
}
