package org.placette.actors.internal.organisation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.placette.actors.api.OrganisationKind;
import org.placette.actors.api.VerificationStatus;

/**
 * An organisation as the API shows it. {@code statusReason} (why it was rejected or suspended) is
 * shown to its own members and to platform admins only.
 */
public record OrganisationProfile(
    UUID id,
    OrganisationKind kind,
    String name,
    String description,
    String website,
    List<String> languages,
    List<String> themes,
    String country,
    String region,
    String city,
    Integer population,
    AuthorityLevel authorityLevel,
    String territoryCode,
    String officialIdentifier,
    VerificationStatus status,
    String statusReason,
    Instant createdAt) {

  static OrganisationProfile of(Organisation o, boolean insider) {
    return new OrganisationProfile(o.id(), o.kind(), o.name(), o.description(), o.website(), o.languages(),
        o.themes(), o.country(), o.region(), o.city(), o.population(), o.authorityLevel(), o.territoryCode(),
        o.officialIdentifier(), o.status(), insider ? o.statusReason() : null, o.createdAt());
  }
}
