package org.placette.actors.api;

import java.util.List;
import java.util.UUID;

/** What other modules may know of an organisation. {@code externalRef} is the id it had in an imported collection. */
public record OrganisationView(
    UUID id,
    String externalRef,
    OrganisationKind kind,
    String name,
    String country,
    String region,
    String city,
    List<String> languages,
    VerificationStatus status) {

  public boolean verified() {
    return status == VerificationStatus.VERIFIED;
  }
}
