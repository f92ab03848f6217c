package org.placette.projects.internal.common;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.placette.actors.api.OrganisationDirectory;
import org.placette.actors.api.OrganisationKind;
import org.placette.actors.api.OrganisationView;
import org.placette.kernel.caller.Caller;
import org.placette.kernel.caller.Roles;
import org.placette.kernel.problem.Problem;

/**
 * What the caller of this request may see and do, from its token and its organisation as the
 * actors module knows it. Looked up once per request.
 */
@RequestScoped
public class Access {

  @Inject private Caller caller;
  @Inject private OrganisationDirectory directory;

  private Optional<OrganisationView> organisation;

  public boolean admin() {
    return caller.hasRole(Roles.PLATFORM_ADMIN);
  }

  public String subject() {
    return caller.authenticated() ? caller.subject() : "anonymous";
  }

  public Optional<UUID> organisationId() {
    return caller.authenticated() ? caller.organisationId() : Optional.empty();
  }

  public Optional<OrganisationView> organisation() {
    if (organisation == null) {
      organisation = organisationId().flatMap(directory::find);
    }
    return organisation;
  }

  /** A member of a verified organisation: may read needs shown to verified members only, and ask questions. */
  public boolean verifiedMember() {
    return organisation().map(OrganisationView::verified).orElse(false);
  }

  public boolean owns(UUID ownerId) {
    return organisationId().map(ownerId::equals).orElse(false);
  }

  /**
   * The caller's organisation, which must exist, be verified and be of a kind that {@code allowed}
   * accepts; {@code role} says what the caller is trying to be, for the message.
   */
  public OrganisationView actingOrganisation(Predicate<OrganisationKind> allowed, String role) {
    UUID id = organisationId().orElseThrow(() -> Problem.forbidden(
        "Your token names no organisation (claim org_id): only members of " + role + " may do this."));
    OrganisationView view = organisation().orElseThrow(() -> Problem.forbidden(
        "Your organisation " + id + " is not registered on the platform."));
    if (!allowed.test(view.kind())) {
      throw Problem.forbidden("Your organisation is a " + view.kind() + ": only " + role + " may do this.");
    }
    if (!view.verified()) {
      throw Problem.forbidden("Your organisation is " + view.status() + ": it must be verified first.");
    }
    return view;
  }

  public void requireOwner(UUID ownerId, String what) {
    if (!owns(ownerId)) {
      throw Problem.forbidden("Only the organisation that owns " + what + " may change it.");
    }
  }
}
