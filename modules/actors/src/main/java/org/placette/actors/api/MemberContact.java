package org.placette.actors.api;

import java.util.Objects;
import java.util.UUID;

/**
 * How to reach a member: {@code subject} is their Keycloak user id (the subject of their tokens),
 * {@code language} their preferred ISO 639-1 language when they gave one, otherwise null.
 */
public record MemberContact(String subject, UUID organisationId, String email, String displayName, String language) {

  public MemberContact {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(organisationId, "organisationId");
  }
}
