package org.placette.actors.api;

import java.util.UUID;

/**
 * An organisation taken from a trusted collection (the admin bulk import, the demo data): it is
 * created verified. {@code id} is optional; the demo data fixes it so that the demo users' token
 * claim points at it.
 */
public record ImportedOrganisation(
    UUID id,
    String externalRef,
    OrganisationKind kind,
    String name,
    String country,
    String region,
    String city,
    Integer population,
    String language,
    String website) {}
