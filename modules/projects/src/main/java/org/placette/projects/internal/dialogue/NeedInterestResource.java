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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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

@Path("/needs/{needId}/interests")
@RequestScoped
@LimitedBody
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dialogue")
@SecurityRequirement(name = "keycloak")
public class NeedInterestResource {

  @Inject private DialogueService dialogue;
  @Inject private IdempotentPosts idempotent;
  @Context private UriInfo uri;

  @GET
  @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.INTEGRATOR, Roles.STARTUP_MEMBER, Roles.PLATFORM_ADMIN})
  @Operation(summary = "Expressions of interest on a need: all of them for its authority, a startup's own for a startup")
  @APIResponse(responseCode = "200", description = "A page of expressions of interest, oldest first",
      content = @Content(examples = @ExampleObject(name = "page", value = "{\"items\": [" + DialogueExamples.INTEREST + "], \"next\": null}")))
  public Page<InterestView> list(@PathParam("needId") UUID needId, @QueryParam("cursor") String cursor,
      @QueryParam("limit") Integer limit) {
    return dialogue.ofNeed(needId, cursor, limit);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.STARTUP_MEMBER)
  @Operation(summary = "Express interest in a published need with one of one's published solutions (fires ExpressionOfInterestSubmitted)")
  @RequestBody(content = @Content(examples = @ExampleObject(name = "interest", value = DialogueExamples.INTEREST_INPUT)))
  @APIResponse(responseCode = "201", description = "The expression of interest, with the date the authority should answer by",
      content = @Content(examples = @ExampleObject(name = "interest", value = DialogueExamples.INTEREST)))
  @APIResponse(responseCode = "409", description = "The need is not published, or this solution was already proposed")
  public Response submit(@PathParam("needId") UUID needId, @HeaderParam(IdempotentPosts.HEADER) String key,
      DialogueInputs.InterestInput input) {
    return idempotent.run(key, "POST /needs/" + needId + "/interests", input, () -> {
      InterestView interest = dialogue.submit(needId, input);
      return Created.at(uri.getBaseUriBuilder().path("interests").path(interest.id().toString()).build(), interest,
          interest.version());
    });
  }
}
