package org.placette.projects.internal.call;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.placette.kernel.caller.Roles;
import org.placette.kernel.paging.Page;
import org.placette.projects.internal.common.IdempotentPosts;
import org.placette.projects.internal.common.IdempotentPosts.Created;
import org.placette.projects.internal.common.LimitedBody;
import org.placette.projects.internal.common.Versions;

@Path("/calls")
@RequestScoped
@LimitedBody
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calls for solutions", description = "Campaigns grouping needs, in phases: share needs, imagine solutions, build")
public class CallResource {

  private static final String INPUT = """
      {"title": "Appel à solutions Ville durable 2027", "description": "Trois besoins de mobilité et d'énergie.",
       "phases": [{"kind": "SHARE_NEEDS", "startsOn": "2027-01-04", "endsOn": "2027-02-28"},
                  {"kind": "IMAGINE_SOLUTIONS", "startsOn": "2027-03-01", "endsOn": "2027-04-30"},
                  {"kind": "BUILD", "startsOn": "2027-05-01", "endsOn": "2027-10-31"}]}""";
  private static final String CALL = """
      {"id": "2f1d3c4b-5a69-4788-9a0b-1c2d3e4f5a6b", "ownerId": "a0000000-0000-4000-8000-000000000001",
       "title": "Appel à solutions Ville durable 2027", "status": "OPEN", "currentPhase": "SHARE_NEEDS",
       "phases": [{"kind": "SHARE_NEEDS", "startsOn": "2027-01-04", "endsOn": "2027-02-28"}],
       "createdAt": "2026-11-22T09:00:00Z", "updatedAt": "2026-11-22T09:00:00Z", "version": 0}""";

  @Inject private CallService calls;
  @Inject private IdempotentPosts idempotent;
  @Context private UriInfo uri;

  @GET
  @PermitAll
  @Operation(summary = "Calls for solutions, newest first; their needs are listed by GET /needs?call={id}")
  @APIResponse(responseCode = "200", description = "A page of calls",
      content = @Content(examples = @ExampleObject(name = "page", value = "{\"items\": [" + CALL + "], \"next\": null}")))
  public Page<CallView> list(@QueryParam("status") String status, @QueryParam("organisation") String organisation,
      @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
    return calls.list(status, organisation, cursor, limit);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.INTEGRATOR})
  @SecurityRequirement(name = "keycloak")
  @Operation(summary = "Open a call for solutions of the caller's authority")
  @RequestBody(content = @Content(examples = @ExampleObject(name = "call", value = INPUT)))
  @APIResponse(responseCode = "201", description = "The open call",
      content = @Content(examples = @ExampleObject(name = "call", value = CALL)))
  public Response create(@HeaderParam(IdempotentPosts.HEADER) String key, CallInput input) {
    return idempotent.run(key, "POST /calls", input, () -> {
      CallView call = calls.create(input);
      return Created.at(uri.getBaseUriBuilder().path("calls").path(call.id().toString()).build(), call, call.version());
    });
  }

  @GET
  @Path("{id}")
  @PermitAll
  @Operation(summary = "One call for solutions, with its ETag")
  @APIResponse(responseCode = "200", description = "The call",
      content = @Content(examples = @ExampleObject(name = "call", value = CALL)))
  public Response get(@PathParam("id") UUID id) {
    CallView call = calls.get(id);
    return Versions.tagged(call);
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.INTEGRATOR})
  @SecurityRequirement(name = "keycloak")
  @Operation(summary = "Rewrite an open call (If-Match: a stale ETag answers 412)")
  @RequestBody(content = @Content(examples = @ExampleObject(name = "call", value = INPUT)))
  @APIResponse(responseCode = "200", description = "The call as it now is",
      content = @Content(examples = @ExampleObject(name = "call", value = CALL)))
  public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, CallInput input) {
    CallView call = calls.update(id, input, Versions.expected(ifMatch));
    return Versions.tagged(call);
  }

  @POST
  @Path("{id}/close")
  @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.INTEGRATOR})
  @SecurityRequirement(name = "keycloak")
  @Operation(summary = "Close a call: it takes no more needs")
  @APIResponse(responseCode = "200", description = "The closed call",
      content = @Content(examples = @ExampleObject(name = "call", value = CALL)))
  public Response close(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @HeaderParam(IdempotentPosts.HEADER) String key) {
    return idempotent.run(key, "POST /calls/" + id + "/close", List.of(), 
        () -> Created.ok(calls.close(id, Versions.expected(ifMatch))));
  }
}
