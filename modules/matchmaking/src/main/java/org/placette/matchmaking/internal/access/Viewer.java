package org.placette.matchmaking.internal.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import org.placette.actors.api.OrganisationDirectory;
import org.placette.actors.api.OrganisationView;
import org.placette.kernel.caller.Caller;
import org.placette.kernel.caller.Roles;
import org.placette.matchmaking.internal.profile.MatchProfile;

/**
 * What the caller of this request may see of matchmaking: a need shown to verified members only
 * is visible to its owner, to platform admins and to members of verified organisations; anything
 * else published is visible to all. Something the caller may not see answers as if it did not exist.
 */
@RequestScoped
public class Viewer {

  public static final String VERIFIED_MEMBERS = "VERIFIED_MEMBERS";

  @Inject private Caller caller;
  @Inject private OrganisationDirectory directory;

  private Optional<OrganisationView> organisation;

  public boolean sees(MatchProfile profile) {
    return !VERIFIED_MEMBERS.equals(profile.visibility()) || admin() || owns(profile.ownerId()) || verifiedMember();
  }

  /** Whether needs shown to verified members only are listed for this caller (their own always are). */
  public boolean seesMembersOnly() {
    return admin() || verifiedMember();
  }

  public boolean owns(UUID ownerId) {
    return ownerId != null && organisationId().map(ownerId::equals).orElse(false);
  }

  public boolean admin() {
    return caller.authenticated() && caller.hasRole(Roles.PLATFORM_ADMIN);
  }

  public Optional<UUID> organisationId() {
    return caller.authenticated() ? caller.organisationId() : Optional.empty();
  }

  public String subject() {
    return caller.subject();
  }

  private boolean verifiedMember() {
    if (organisation == null) {
      organisation = organisationId().flatMap(directory::find);
    }
    return organisation.map(OrganisationView::verified).orElse(false);
  }
}
