package org.placette.actors.api.events;

import java.util.UUID;

/**
 * A member was erased (their request) or removed (by their org-admin). Fired inside the erasing
 * transaction: a module holding content they wrote keeps it under the organisation's name and
 * drops whatever else identifies them. {@code subject} is the Keycloak user id their content refers to.
 */
public record MemberErased(UUID memberId, String subject, UUID organisationId) {}
