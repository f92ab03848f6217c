package org.placette.actors.api;

import java.util.Optional;
import java.util.UUID;

/** The actors module's contract with the other modules. */
public interface OrganisationDirectory {

  Optional<OrganisationView> find(UUID organisationId);

  Optional<OrganisationView> findByExternalRef(String externalRef);

  /**
   * Creates the organisation, verified, or returns the one already imported under the same
   * {@code externalRef}: importing twice changes nothing. Joins the caller's transaction.
   */
  OrganisationView importVerified(ImportedOrganisation organisation);
}
