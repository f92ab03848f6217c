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

/** An organisation on the platform and where it stands in its verification. */
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

  @Column(length = 500)
  private String website;

  @Column(nullable = false, length = 2)
  private String country;

  @Column(length = 200)
  private String region;

  @Column(length = 200)
  private String city;

  private Integer population;

  @ElementCollection
  @CollectionTable(name = "actors_organisation_language", joinColumns = @JoinColumn(name = "organisation_id"))
  @Column(name = "language", length = 2)
  private List<String> languages = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private VerificationStatus status;

  @Column(name = "status_reason", length = 1000)
  private String statusReason;

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

  void locate(String region, String city, Integer population) {
    this.region = region;
    this.city = city;
    this.population = population;
  }

  void describe(String website, List<String> languages) {
    this.website = website;
    this.languages = new ArrayList<>(languages);
  }

  void identifyExternally(String externalRef) {
    this.externalRef = externalRef;
  }

  public UUID id() {
    return id;
  }

  public OrganisationView view() {
    return new OrganisationView(id, externalRef, kind, name, country, region, city, List.copyOf(languages), status);
  }
}
