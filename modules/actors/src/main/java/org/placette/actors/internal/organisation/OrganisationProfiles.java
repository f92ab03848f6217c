package org.placette.actors.internal.organisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.placette.actors.api.VerificationStatus;
import org.placette.kernel.caller.Caller;
import org.placette.kernel.caller.Roles;
import org.placette.kernel.problem.Problem;

/**
 * Who may see an organisation: a verified one is in the directory for every signed-in caller; an
 * unverified, rejected or suspended one only for its own members (or its integrator) and platform
 * admins. To anyone else it does not exist: 404, never 403, so ids cannot be probed.
 */
@ApplicationScoped
public class OrganisationProfiles {

  @PersistenceContext(unitName = "actors")
  private EntityManager entityManager;

  @Inject private Caller caller;

  @Transactional
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.AUTHORITY_MEMBER, Roles.STARTUP_MEMBER, Roles.INTEGRATOR})
  public OrganisationProfile get(UUID id) {
    Organisation organisation = entityManager.find(Organisation.class, id);
    boolean insider = organisation != null && (caller.hasRole(Roles.PLATFORM_ADMIN)
        || caller.organisationId().filter(id::equals).isPresent());
    if (organisation == null || !insider && organisation.status() != VerificationStatus.VERIFIED) {
      throw Problem.notFound("Organisation", id);
    }
    return OrganisationProfile.of(organisation, insider);
  }

  /** For services of other features: the organisation, if the caller belongs to it (or is an admin). */
  @Transactional(Transactional.TxType.MANDATORY)
  public Organisation ownOrNotFound(UUID id) {
    Organisation organisation = entityManager.find(Organisation.class, id);
    boolean insider = caller.hasRole(Roles.PLATFORM_ADMIN) || caller.organisationId().filter(id::equals).isPresent();
    if (organisation == null || !insider) {
      throw Problem.notFound("Organisation", id);
    }
    return organisation;
  }
}
