package org.placette.app.me;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.placette.actors.api.OrganisationDirectory;
import org.placette.actors.api.PersonalData;
import org.placette.actors.api.PersonalDataExport;
import org.placette.kernel.caller.Caller;
import org.placette.kernel.caller.Roles;
import org.placette.kernel.problem.Problem;

@Path("/me")
@RequestScoped
@Tag(name = "Me", description = "The signed-in member or service account")
@SecurityRequirement(name = "keycloak")
public class MeResource {

  @Inject private Caller caller;
  @Inject private OrganisationDirectory organisations;
  @Inject private PersonalData personalData;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.AUTHORITY_MEMBER, Roles.STARTUP_MEMBER, Roles.INTEGRATOR})
  @Operation(summary = "Who the caller is: identity, organisation and roles")
  public MeView me() {
    var organisation = caller.organisationId().flatMap(organisations::find).orElse(null);
    return new MeView(caller.subject(), caller.username(), caller.organisationId().orElse(null),
        new TreeSet<>(caller.roles()), organisation);
  }

  @GET
  @Path("/export")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.AUTHORITY_MEMBER, Roles.STARTUP_MEMBER, Roles.INTEGRATOR})
  @Operation(summary = "All personal data Placette holds on the caller, as one JSON document")
  public PersonalDataExport export() {
    return personalData.exportForCaller().orElseThrow(() -> new Problem(404, "no-personal-data", "No personal data",
        "Placette holds no member record for this account."));
  }

  @DELETE
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.AUTHORITY_MEMBER, Roles.STARTUP_MEMBER})
  @Operation(summary = "Erase the caller: personal data removed, Keycloak account deleted, tokens revoked; "
      + "what they wrote stays under their organisation's name (503 and nothing changed if Keycloak is down)")
  public Response erase() {
    personalData.eraseCaller();
    return Response.noContent().build();
  }
}
