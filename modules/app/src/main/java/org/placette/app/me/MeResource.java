package org.placette.app.me;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.placette.kernel.caller.Caller;
import org.placette.kernel.caller.Roles;

@Path("/me")
@RequestScoped
@Tag(name = "Me", description = "The signed-in member or service account")
@SecurityRequirement(name = "keycloak")
public class MeResource {

  @Inject private Caller caller;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.AUTHORITY_MEMBER, Roles.STARTUP_MEMBER, Roles.INTEGRATOR})
  @Operation(summary = "Who the caller is: identity, organisation and roles")
  public MeView me() {
    return new MeView(caller.subject(), caller.username(), caller.organisationId().orElse(null),
        new TreeSet<>(caller.roles()));
  }
}
