package org.placette.notifications.internal.trigger;

import java.util.Objects;
import java.util.UUID;
import org.placette.actors.api.MemberContact;

/**
 * Someone to tell: the subject their inbox is keyed by, their organisation, and their email and
 * language when the actors module knows them (a member it does not know still gets the inbox).
 */
record Recipient(String subject, UUID organisationId, String email, String language) {

  Recipient {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(organisationId, "organisationId");
  }

  static Recipient of(MemberContact contact) {
    return new Recipient(contact.subject(), contact.organisationId(), contact.email(), contact.language());
  }
}
