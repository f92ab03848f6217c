package org.placette.actors.internal.organisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.placette.kernel.caller.Roles;

@Path("/organisations/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations", description = "Profiles of organisations; an unverified one only to its own members")
@SecurityRequirement(name = "keycloak")
public class OrganisationResource {

  @Inject private OrganisationProfiles profiles;

  @GET
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.AUTHORITY_MEMBER, Roles.STARTUP_MEMBER, Roles.INTEGRATOR})
  @Operation(summary = "An organisation's profile (404 for another organisation that is not verified)")
  public OrganisationProfile get(@PathParam("id") UUID id) {
    return profiles.get(id);
  }
}
