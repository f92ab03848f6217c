package org.placette.projects.internal.need;

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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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

@Path("/needs")
@RequestScoped
@LimitedBody
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Needs", description = "Problems and projects of local authorities: DRAFT → PUBLISHED → CLOSED → AWARDED or "
    + "CANCELLED. Texts are plain text: markup is rejected with 400, never stripped.")
public class NeedResource {

  @Inject private NeedService needs;
  @Inject private IdempotentPosts idempotent;
  @Context private UriInfo uri;

  @GET
  @PermitAll
  @Operation(summary = "Needs the caller may read, newest first by default",
      description = "Without status, published needs only (plus, for their owner, nothing else). Drafts are listed "
          + "to their owner with status=DRAFT. Follow 'next' as ?cursor= until it is null; the order is stable "
          + "while needs are added.")
  @APIResponse(responseCode = "200", description = "A page of needs",
      content = @Content(examples = @ExampleObject(name = "page", value = NeedExamples.PAGE)))
  @APIResponse(responseCode = "400", description = "An unknown filter value, sort or cursor; the problem names the allowed values")
  public Page<NeedView> list(
      @Parameter(description = "DRAFT, PUBLISHED, CLOSED, AWARDED or CANCELLED") @QueryParam("status") String status,
      @Parameter(description = "A theme code") @QueryParam("theme") String theme,
      @Parameter(description = "ISO 3166-1 alpha-2 country") @QueryParam("country") String country,
      @Parameter(description = "fr, en or es") @QueryParam("language") String language,
      @Parameter(description = "Deadline on or after (ISO date)") @QueryParam("deadlineFrom") String deadlineFrom,
      @Parameter(description = "Deadline on or before (ISO date)") @QueryParam("deadlineTo") String deadlineTo,
      @Parameter(description = "Owning organisation id") @QueryParam("organisation") String organisation,
      @Parameter(description = "Call for solutions id") @QueryParam("call") String call,
      @Parameter(description = "-createdAt (default), createdAt, deadline or -deadline") @QueryParam("sort") String sort,
      @Parameter(description = "The 'next' of the previous page") @QueryParam("cursor") String cursor,
      @Parameter(description = "1 to 100, default 20") @QueryParam("limit") Integer limit) {
    return needs.list(new NeedQuery(status, theme, country, language, deadlineFrom, deadlineTo, organisation, call,
        sort, cursor, limit));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.INTEGRATOR})
  @SecurityRequirement(name = "keycloak")
  @Operation(summary = "Create a draft need for the caller's (verified) authority",
      description = "The language is detected when left out. Send an Idempotency-Key to make a retry safe.")
  @RequestBody(content = @Content(examples = @ExampleObject(name = "need", value = NeedExamples.INPUT)))
  @APIResponse(responseCode = "201", description = "The draft, with Location and ETag",
      content = @Content(examples = @ExampleObject(name = "need", value = NeedExamples.NEED)))
  @APIResponse(responseCode = "400", description = "Every wrong field at once")
  @APIResponse(responseCode = "413", description = "Body over 256 KiB")
  public Response create(@HeaderParam(IdempotentPosts.HEADER) String key, NeedInput input) {
    return idempotent.run(key, "POST /needs", input, () -> {
      NeedView need = needs.create(input);
      return Created.at(uri.getBaseUriBuilder().path("needs").path(need.id().toString()).build(), need, need.version());
    });
  }

  @GET
  @Path("{id}")
  @PermitAll
  @Operation(summary = "One need, with its ETag")
  @APIResponse(responseCode = "200", description = "The need",
      content = @Content(examples = @ExampleObject(name = "need", value = NeedExamples.NEED)))
  @APIResponse(responseCode = "404", description = "No such need, or not visible to the caller")
  public Response get(@PathParam("id") UUID id) {
    NeedView need = needs.get(id);
    return Versions.tagged(need);
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.INTEGRATOR})
  @SecurityRequirement(name = "keycloak")
  @Operation(summary = "Replace what the owner wrote",
      description = "A published need keeps its problem statement (send it unchanged; change it with a revision). "
          + "Send If-Match with the ETag you read: a stale one answers 412.")
  @RequestBody(content = @Content(examples = @ExampleObject(name = "need", value = NeedExamples.INPUT)))
  @APIResponse(responseCode = "200", description = "The need as it now is",
      content = @Content(examples = @ExampleObject(name = "need", value = NeedExamples.NEED)))
  @APIResponse(responseCode = "409", description = "Not editable in its status, or a published problem statement changed")
  @APIResponse(responseCode = "412", description = "The need changed since the If-Match version")
  public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, NeedInput input) {
    return Versions.tagged(needs.update(id, input, Versions.expected(ifMatch)));
  }

  @POST
  @Path("{id}/publish")
  @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.INTEGRATOR})
  @SecurityRequirement(name = "keycloak")
  @Operation(summary = "Publish a draft (fires NeedPublished)")
  @APIResponse(responseCode = "200", description = "The published need",
      content = @Content(examples = @ExampleObject(name = "need", value = NeedExamples.NEED)))
  @APIResponse(responseCode = "409", description = "Not a draft, or its deadline has passed")
  public Response publish(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @HeaderParam(IdempotentPosts.HEADER) String key) {
    return act(key, "POST /needs/" + id + "/publish", () -> needs.publish(id, Versions.expected(ifMatch)));
  }

  @POST
  @Path("{id}/close")
  @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.INTEGRATOR})
  @SecurityRequirement(name = "keycloak")
  @Operation(summary = "Stop taking answers on a published need (fires NeedClosed)")
  @APIResponse(responseCode = "200", description = "The closed need",
      content = @Content(examples = @ExampleObject(name = "need", value = NeedExamples.NEED)))
  public Response close(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @HeaderParam(IdempotentPosts.HEADER) String key) {
    return act(key, "POST /needs/" + id + "/close", () -> needs.close(id, Versions.expected(ifMatch)));
  }

  @POST
  @Path("{id}/award")
  @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.INTEGRATOR})
  @SecurityRequirement(name = "keycloak")
  @Operation(summary = "Mark a closed need as awarded (fires NeedUpdated)")
  @APIResponse(responseCode = "200", description = "The awarded need",
      content = @Content(examples = @ExampleObject(name = "need", value = NeedExamples.NEED)))
  public Response award(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @HeaderParam(IdempotentPosts.HEADER) String key) {
    return act(key, "POST /needs/" + id + "/award", () -> needs.award(id, Versions.expected(ifMatch)));
  }

  @POST
  @Path("{id}/cancel")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.INTEGRATOR})
  @SecurityRequirement(name = "keycloak")
  @Operation(summary = "Cancel a need that is not yet awarded, with an optional reason")
  @RequestBody(content = @Content(examples = @ExampleObject(name = "reason", value = NeedExamples.CANCELLATION)))
  @APIResponse(responseCode = "200", description = "The cancelled need",
      content = @Content(examples = @ExampleObject(name = "need", value = NeedExamples.NEED)))
  public Response cancel(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @HeaderParam(IdempotentPosts.HEADER) String key, NeedInput.CancellationInput input) {
    return act(key, "POST /needs/" + id + "/cancel " + (input == null ? "" : input.reason()),
        () -> needs.cancel(id, input, Versions.expected(ifMatch)));
  }

  @GET
  @Path("{id}/revisions")
  @PermitAll
  @Operation(summary = "The history of the problem statement, oldest first")
  @APIResponse(responseCode = "200", description = "Every revision (one page, next is null)",
      content = @Content(examples = @ExampleObject(name = "revisions", value = "{\"items\": [" + NeedExamples.REVISION + "], \"next\": null}")))
  public Page<RevisionView> revisions(@PathParam("id") UUID id) {
    return Page.last(needs.revisions(id));
  }

  @POST
  @Path("{id}/revisions")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.INTEGRATOR})
  @SecurityRequirement(name = "keycloak")
  @Operation(summary = "Publish a new revision of the problem statement of a published need (fires NeedUpdated)")
  @RequestBody(content = @Content(examples = @ExampleObject(name = "revision", value = NeedExamples.REVISION_INPUT)))
  @APIResponse(responseCode = "201", description = "The new revision",
      content = @Content(examples = @ExampleObject(name = "revision", value = NeedExamples.REVISION)))
  public Response revise(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @HeaderParam(IdempotentPosts.HEADER) String key, NeedInput.RevisionInput input) {
    return idempotent.run(key, "POST /needs/" + id + "/revisions", input, () -> {
      RevisionView revision = needs.revise(id, input, Versions.expected(ifMatch));
      return Created.at(uri.getBaseUriBuilder().path("needs").path(id.toString()).path("revisions").build(),
          revision, revision.number());
    });
  }

  private Response act(String key, String operation, java.util.function.Supplier<NeedView> action) {
    return idempotent.run(key, operation, List.of(), () -> Created.ok(action.get()));
  }
}
