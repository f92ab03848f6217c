package org.placette.projects.internal.dialogue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
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

@Path("/interests")
@RequestScoped
@LimitedBody
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dialogue")
@SecurityRequirement(name = "keycloak")
public class InterestResource {

  private static final String PAGE = "{\"items\": [" + DialogueExamples.INTEREST + "], \"next\": null}";

  @Inject private DialogueService dialogue;
  @Inject private IdempotentPosts idempotent;

  @GET
  @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.INTEGRATOR, Roles.STARTUP_MEMBER})
  @Operation(summary = "The caller's expressions of interest: received by its authority or sent by its startup")
  @APIResponse(responseCode = "200", description = "A page, oldest first",
      content = @Content(examples = @ExampleObject(name = "page", value = PAGE)))
  public Page<InterestView> mine(@QueryParam("status") String status, @QueryParam("cursor") String cursor,
      @QueryParam("limit") Integer limit) {
    return dialogue.mine(status, false, cursor, limit);
  }

  @GET
  @Path("overdue")
  @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.INTEGRATOR})
  @Operation(summary = "Expressions of interest the caller's authority has left unanswered past its answer delay")
  @APIResponse(responseCode = "200", description = "A page, oldest first",
      content = @Content(examples = @ExampleObject(name = "page", value = PAGE)))
  public Page<InterestView> overdue(@QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
    return dialogue.mine(null, true, cursor, limit);
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.INTEGRATOR, Roles.STARTUP_MEMBER, Roles.PLATFORM_ADMIN})
  @Operation(summary = "One expression of interest, to its two parties")
  @APIResponse(responseCode = "200", description = "The expression of interest",
      content = @Content(examples = @ExampleObject(name = "interest", value = DialogueExamples.INTEREST)))
  public Response get(@PathParam("id") UUID id) {
    InterestView interest = dialogue.interest(id);
    return Versions.tagged(interest);
  }

  @POST
  @Path("{id}/shortlist")
  @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.INTEGRATOR})
  @Operation(summary = "Shortlist (fires ExpressionOfInterestDecided)")
  @APIResponse(responseCode = "200", description = "The shortlisted expression of interest",
      content = @Content(examples = @ExampleObject(name = "interest", value = DialogueExamples.INTEREST)))
  public Response shortlist(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @HeaderParam(IdempotentPosts.HEADER) String key) {
    return act(key, "POST /interests/" + id + "/shortlist", List.of(),
        () -> dialogue.shortlist(id, Versions.expected(ifMatch)));
  }

  @POST
  @Path("{id}/decline")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.INTEGRATOR})
  @Operation(summary = "Decline with a reason the startup sees (fires ExpressionOfInterestDecided)")
  @RequestBody(content = @Content(examples = @ExampleObject(name = "decline", value = DialogueExamples.DECLINE_INPUT)))
  @APIResponse(responseCode = "200", description = "The declined expression of interest",
      content = @Content(examples = @ExampleObject(name = "interest", value = DialogueExamples.INTEREST)))
  public Response decline(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @HeaderParam(IdempotentPosts.HEADER) String key, DialogueInputs.DeclineInput input) {
    return act(key, "POST /interests/" + id + "/decline", input == null ? List.of() : input,
        () -> dialogue.decline(id, input, Versions.expected(ifMatch)));
  }

  @POST
  @Path("{id}/select")
  @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.INTEGRATOR})
  @Operation(summary = "Select: the pairing's outcome starts at CONTACTED (fires ExpressionOfInterestDecided)")
  @APIResponse(responseCode = "200", description = "The selected expression of interest",
      content = @Content(examples = @ExampleObject(name = "interest", value = DialogueExamples.INTEREST)))
  public Response select(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @HeaderParam(IdempotentPosts.HEADER) String key) {
    return act(key, "POST /interests/" + id + "/select", List.of(), () -> dialogue.select(id, Versions.expected(ifMatch)));
  }

  private Response act(String key, String operation, Object body, Supplier<InterestView> action) {
    return idempotent.run(key, operation, body, () -> Created.ok(action.get()));
  }
}
