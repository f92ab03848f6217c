package org.placette.actors.internal.organisation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.placette.actors.api.OrganisationKind;
import org.placette.actors.api.OrganisationView;
import org.placette.actors.api.VerificationStatus;
import org.placette.kernel.problem.Problem;

/**
 * An organisation on the platform and where it stands in its verification. A local authority also
 * has a level, an official identifier (in France, the INSEE code of its territory) and a
 * population; a French company has its SIREN or SIRET as official identifier.
 */
@Entity
@Table(name = "actors_organisation")
public class Organisation {

  @Id private UUID id;

  @Column(name = "external_ref", length = 64, unique = true)
  private String externalRef;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private OrganisationKind kind;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(length = 4000)
  private String description;

  @Column(length = 500)
  private String website;

  @Column(nullable = false, length = 2)
  private String country;

  @Column(length = 200)
  private String region;

  @Column(length = 200)
  private String city;

  private Integer population;

  @Enumerated(EnumType.STRING)
  @Column(name = "authority_level", length = 32)
  private AuthorityLevel authorityLevel;

  @Column(name = "territory_code", length = 16)
  private String territoryCode;

  @Column(name = "official_identifier", length = 64)
  private String officialIdentifier;

  @ElementCollection
  @CollectionTable(name = "actors_organisation_language", joinColumns = @JoinColumn(name = "organisation_id"))
  @Column(name = "language", length = 2)
  private List<String> languages = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "actors_organisation_theme", joinColumns = @JoinColumn(name = "organisation_id"))
  @Column(name = "theme", length = 64)
  private List<String> themes = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private VerificationStatus status;

  @Column(name = "status_reason", length = 1000)
  private String statusReason;

  @Column(name = "keycloak_group_id", length = 64)
  private String keycloakGroupId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected Organisation() {}

  Organisation(UUID id, OrganisationKind kind, String name, String country, VerificationStatus status) {
    this.id = Objects.requireNonNull(id, "id");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.name = Objects.requireNonNull(name, "name");
    this.country = Objects.requireNonNull(country, "country");
    this.status = Objects.requireNonNull(status, "status");
    this.createdAt = Instant.now();
  }

  /** A body that has just registered: it waits for a platform admin. */
  public static Organisation registered(UUID id, OrganisationKind kind, String name, String country) {
    return new Organisation(id, kind, name, country, VerificationStatus.PENDING);
  }

  public void locate(String region, String city, Integer population) {
    this.region = region;
    this.city = city;
    this.population = population;
  }

  public void describe(String website, List<String> languages) {
    this.website = website;
    this.languages = new ArrayList<>(languages);
  }

  public void present(String description, List<String> themes) {
    this.description = description;
    this.themes = new ArrayList<>(themes);
  }

  public void identifyOfficially(String officialIdentifier) {
    this.officialIdentifier = officialIdentifier;
  }

  public void govern(AuthorityLevel level, String territoryCode) {
    if (kind != OrganisationKind.LOCAL_AUTHORITY) {
      throw new IllegalStateException("Only a local authority governs a territory");
    }
    this.authorityLevel = Objects.requireNonNull(level, "level");
    this.territoryCode = territoryCode;
  }

  void identifyExternally(String externalRef) {
    this.externalRef = externalRef;
  }

  /**
   * Applies an admin's decision; a decision that does not fit the current status is a conflict
   * (someone else decided first, or the admin's page is stale).
   */
  public void decide(Decision decision, String reason) {
    if (!decision.appliesTo(status)) {
      throw new Problem(409, "invalid-transition", "Decision not possible",
          "Cannot " + decision.name().toLowerCase(java.util.Locale.ROOT) + " an organisation that is "
              + status.name().toLowerCase(java.util.Locale.ROOT) + " (only one that is "
              + decision.from().name().toLowerCase(java.util.Locale.ROOT) + ").");
    }
    if (decision.needsReason() && (reason == null || reason.isBlank())) {
      throw new IllegalArgumentException("A " + decision + " needs a reason");
    }
    this.status = decision.outcome();
    this.statusReason = decision.needsReason() ? reason : null;
  }

  public void linkKeycloakGroup(String groupId) {
    this.keycloakGroupId = groupId;
  }

  public UUID id() {
    return id;
  }

  public OrganisationKind kind() {
    return kind;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  public String website() {
    return website;
  }

  public String country() {
    return country;
  }

  public String region() {
    return region;
  }

  public String city() {
    return city;
  }

  public Integer population() {
    return population;
  }

  public AuthorityLevel authorityLevel() {
    return authorityLevel;
  }

  public String territoryCode() {
    return territoryCode;
  }

  public String officialIdentifier() {
    return officialIdentifier;
  }

  public List<String> languages() {
    return List.copyOf(languages);
  }

  public List<String> themes() {
    return List.copyOf(themes);
  }

  public VerificationStatus status() {
    return status;
  }

  public String statusReason() {
    return statusReason;
  }

  public String keycloakGroupId() {
    return keycloakGroupId;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public OrganisationView view() {
    return new OrganisationView(id, externalRef, kind, name, country, region, city, List.copyOf(languages), status);
  }
}
