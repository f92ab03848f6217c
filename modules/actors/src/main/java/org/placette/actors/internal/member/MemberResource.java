package org.placette.actors.internal.member;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.placette.kernel.caller.Roles;

@Path("/organisations/{organisationId}/members")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Members", description = "An organisation's members, managed by its org-admins")
@SecurityRequirement(name = "keycloak")
public class MemberResource {

  @Inject private MemberAdministration administration;
  @Context private UriInfo uri;

  @GET
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.AUTHORITY_MEMBER, Roles.STARTUP_MEMBER})
  @Operation(summary = "The organisation's members (404 for another organisation)")
  public List<MemberView> list(@PathParam("organisationId") UUID organisationId) {
    return administration.list(organisationId);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.STARTUP_MEMBER})
  @Operation(summary = "Invite a colleague: their Keycloak account asks them to verify their email and choose a password")
  public Response invite(@PathParam("organisationId") UUID organisationId, InviteRequest request) {
    MemberView member = administration.invite(organisationId, request);
    return Response.created(uri.getAbsolutePathBuilder().path(member.id().toString()).build()).entity(member).build();
  }

  @PUT
  @Path("/{memberId}/role")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.STARTUP_MEMBER})
  @Operation(summary = "Make a member org-admin or plain member; the last org-admin stays")
  public MemberView changeRole(@PathParam("organisationId") UUID organisationId, @PathParam("memberId") UUID memberId,
      RoleChange request) {
    return administration.changeRole(organisationId, memberId, request);
  }

  @DELETE
  @Path("/{memberId}")
  @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.STARTUP_MEMBER})
  @Operation(summary = "Remove a member: their account is deleted, what they wrote stays with the organisation")
  public Response remove(@PathParam("organisationId") UUID organisationId, @PathParam("memberId") UUID memberId) {
    administration.remove(organisationId, memberId);
    return Response.noContent().build();
  }
}
