package org.placette.app.me;

import java.util.SortedSet;
import java.util.UUID;
import org.placette.actors.api.OrganisationView;

/**
 * The caller as {@code GET /me} shows it; {@code organisation} is the organisation of {@code
 * organisationId} when Placette knows it.
 */
public record MeView(String subject, String username, UUID organisationId, SortedSet<String> roles,
    OrganisationView organisation) {}
