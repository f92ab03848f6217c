package org.placette.actors.api;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Who belongs to an organisation, for the modules that tell them things. Only members who have
 * their account are returned: a pending registration or an erased member cannot be reached. Joins
 * the caller's transaction.
 */
public interface OrganisationMembers {

  /** The organisation's reachable members, oldest first; empty for an unknown organisation. */
  List<MemberContact> of(UUID organisationId);

  /** The reachable member whose tokens carry {@code subject}. */
  Optional<MemberContact> bySubject(String subject);
}
