package org.placette.projects.internal.outcome;

import jakarta.annotation.security.PermitAll;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.placette.kernel.caller.Roles;
import org.placette.kernel.paging.Page;
import org.placette.kernel.problem.FieldError;
import org.placette.kernel.problem.Problem;
import org.placette.projects.internal.common.IdempotentPosts;
import org.placette.projects.internal.common.IdempotentPosts.Created;
import org.placette.projects.internal.common.LimitedBody;
import org.placette.projects.internal.common.Versions;

@Path("/outcomes")
@RequestScoped
@LimitedBody
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Outcomes", description = "What selected pairings became: CONTACTED → PILOT → CONTRACT → DEPLOYED, or ABANDONED")
public class OutcomeResource {

  private static final String OUTCOME = """
      {"id": "0d6f3a1e-2b4c-4d5e-8f90-a1b2c3d4e5f6", "interestId": "7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a0b",
       "needId": "9b2f6c8e-4f43-4a57-9d1e-0a3c1c1f5e10", "solutionId": "6c0e0d7a-8f9b-4a43-b1f2-3e4d5c6b7a80",
       "authorityId": "a0000000-0000-4000-8000-000000000001", "startupId": "50000000-0000-4000-8000-000000000001",
       "stage": "PILOT", "steps": [{"stage": "CONTACTED", "reachedAt": "2026-12-01T10:00:00Z"},
       {"stage": "PILOT", "reachedAt": "2027-02-01T10:00:00Z"}], "updatedAt": "2027-02-01T10:00:00Z", "version": 1}""";

  @Inject private OutcomeService outcomes;
  @Inject private IdempotentPosts idempotent;

  @GET
  @PermitAll
  @Operation(summary = "Outcomes of the pairings on a need")
  @APIResponse(responseCode = "200", description = "Every outcome of the need (one page, next is null)",
      content = @Content(examples = @ExampleObject(name = "outcomes", value = "{\"items\": [" + OUTCOME + "], \"next\": null}")))
  public Page<OutcomeView> ofNeed(@QueryParam("need") String need) {
    try {
      return Page.last(outcomes.ofNeeds(List.of(UUID.fromString(String.valueOf(need)))));
    } catch (IllegalArgumentException unreadable) {
      throw Problem.invalid(List.of(new FieldError("need", "Give the id of a need: ?need={id}.")));
    }
  }

  @GET
  @Path("{id}")
  @PermitAll
  @Operation(summary = "One outcome, with its ETag")
  @APIResponse(responseCode = "200", description = "The outcome",
      content = @Content(examples = @ExampleObject(name = "outcome", value = OUTCOME)))
  public Response get(@PathParam("id") UUID id) {
    OutcomeView outcome = outcomes.get(id);
    return Versions.tagged(outcome);
  }

  @POST
  @Path("{id}/steps")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.INTEGRATOR, Roles.STARTUP_MEMBER})
  @SecurityRequirement(name = "keycloak")
  @Operation(summary = "Record the next stage (either party of the pairing)")
  @RequestBody(content = @Content(examples = @ExampleObject(name = "step", value = "{\"stage\": \"PILOT\"}")))
  @APIResponse(responseCode = "200", description = "The outcome as it now is",
      content = @Content(examples = @ExampleObject(name = "outcome", value = OUTCOME)))
  @APIResponse(responseCode = "409", description = "Backwards, or after DEPLOYED or ABANDONED")
  public Response advance(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @HeaderParam(IdempotentPosts.HEADER) String key, OutcomeService.StepInput input) {
    return idempotent.run(key, "POST /outcomes/" + id + "/steps", input == null ? List.of() : input, 
        () -> Created.ok(outcomes.advance(id, input, Versions.expected(ifMatch))));
  }
}
