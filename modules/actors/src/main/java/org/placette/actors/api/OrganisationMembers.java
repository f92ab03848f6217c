package org.placette.actors.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
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

  /**
   * The reachable members of each organisation, oldest first, in one lookup however many there are;
   * organisations without any are left out.
   */
  Map<UUID, List<MemberContact>> of(Collection<UUID> organisationIds);

  /** The reachable member whose tokens carry {@code subject}. */
  Optional<MemberContact> bySubject(String subject);
}
