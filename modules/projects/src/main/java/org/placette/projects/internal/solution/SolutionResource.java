package org.placette.projects.internal.solution;

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
import java.util.function.Supplier;
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

@Path("/solutions")
@RequestScoped
@LimitedBody
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Solutions", description = "What startups and companies offer: DRAFT → PUBLISHED → ARCHIVED. Plain text only.")
public class SolutionResource {

  private static final String INPUT = """
      {"title": "Covoiturage domicile-travail pour zones d'activités",
       "summary": "Une application qui met en relation les salariés d'une zone d'activités pour partager leurs trajets.",
       "description": "Notre application apparie les salariés selon leurs horaires, y compris postés, et verse une incitation aux conducteurs.",
       "themes": ["mobility"], "trl": 8, "references": ["Nantes", "Angers"], "pricingModel": "SUBSCRIPTION",
       "languages": ["fr", "en"], "coverage": ["FR", "BE"]}""";
  private static final String SOLUTION = """
      {"id": "6c0e0d7a-8f9b-4a43-b1f2-3e4d5c6b7a80", "externalRef": "x001", "ownerId": "50000000-0000-4000-8000-000000000001",
       "title": "Covoiturage domicile-travail pour zones d'activités",
       "summary": "Une application qui met en relation les salariés d'une zone d'activités pour partager leurs trajets.",
       "description": "Notre application apparie les salariés selon leurs horaires, y compris postés.",
       "themes": ["mobility"], "trl": 8, "references": ["Nantes", "Angers"], "pricingModel": "SUBSCRIPTION",
       "languages": ["en", "fr"], "coverage": ["BE", "FR"], "language": "fr", "languageDetected": true,
       "status": "PUBLISHED", "createdAt": "2026-11-22T09:00:00Z", "updatedAt": "2026-11-22T09:01:00Z",
       "publishedAt": "2026-11-22T09:01:00Z", "version": 1}""";

  @Inject private SolutionService solutions;
  @Inject private IdempotentPosts idempotent;
  @Context private UriInfo uri;

  @GET
  @PermitAll
  @Operation(summary = "Published solutions (drafts to their owner with status=DRAFT), newest first by default")
  @APIResponse(responseCode = "200", description = "A page of solutions",
      content = @Content(examples = @ExampleObject(name = "page", value = "{\"items\": [" + SOLUTION + "], \"next\": null}")))
  public Page<SolutionView> list(
      @Parameter(description = "DRAFT, PUBLISHED (default) or ARCHIVED") @QueryParam("status") String status,
      @QueryParam("theme") String theme,
      @Parameter(description = "Language of the texts: fr, en or es") @QueryParam("language") String language,
      @Parameter(description = "A country or region code the solution covers") @QueryParam("country") String country,
      @QueryParam("organisation") String organisation,
      @Parameter(description = "Lowest TRL") @QueryParam("trlMin") Integer trlMin,
      @Parameter(description = "-createdAt (default) or createdAt") @QueryParam("sort") String sort,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") Integer limit) {
    return solutions.list(status, theme, language, country, organisation, trlMin, sort, cursor, limit);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.STARTUP_MEMBER)
  @SecurityRequirement(name = "keycloak")
  @Operation(summary = "Create a draft solution for the caller's (verified) startup or company")
  @RequestBody(content = @Content(examples = @ExampleObject(name = "solution", value = INPUT)))
  @APIResponse(responseCode = "201", description = "The draft",
      content = @Content(examples = @ExampleObject(name = "solution", value = SOLUTION)))
  @APIResponse(responseCode = "400", description = "Every wrong field at once")
  public Response create(@HeaderParam(IdempotentPosts.HEADER) String key, SolutionInput input) {
    return idempotent.run(key, "POST /solutions", input, () -> {
      SolutionView solution = solutions.create(input);
      return Created.at(uri.getBaseUriBuilder().path("solutions").path(solution.id().toString()).build(), solution,
          solution.version());
    });
  }

  @GET
  @Path("{id}")
  @PermitAll
  @Operation(summary = "One solution, with its ETag")
  @APIResponse(responseCode = "200", description = "The solution",
      content = @Content(examples = @ExampleObject(name = "solution", value = SOLUTION)))
  public Response get(@PathParam("id") UUID id) {
    SolutionView solution = solutions.get(id);
    return Versions.tagged(solution);
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.STARTUP_MEMBER)
  @SecurityRequirement(name = "keycloak")
  @Operation(summary = "Rewrite a draft or published solution (If-Match: a stale ETag answers 412)")
  @RequestBody(content = @Content(examples = @ExampleObject(name = "solution", value = INPUT)))
  @APIResponse(responseCode = "200", description = "The solution as it now is",
      content = @Content(examples = @ExampleObject(name = "solution", value = SOLUTION)))
  @APIResponse(responseCode = "412", description = "Changed since the If-Match version")
  public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, SolutionInput input) {
    SolutionView solution = solutions.update(id, input, Versions.expected(ifMatch));
    return Versions.tagged(solution);
  }

  @POST
  @Path("{id}/publish")
  @RolesAllowed(Roles.STARTUP_MEMBER)
  @SecurityRequirement(name = "keycloak")
  @Operation(summary = "Publish a draft (fires SolutionPublished)")
  @APIResponse(responseCode = "200", description = "The published solution",
      content = @Content(examples = @ExampleObject(name = "solution", value = SOLUTION)))
  public Response publish(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @HeaderParam(IdempotentPosts.HEADER) String key) {
    return act(key, "POST /solutions/" + id + "/publish", () -> solutions.publish(id, Versions.expected(ifMatch)));
  }

  @POST
  @Path("{id}/archive")
  @RolesAllowed(Roles.STARTUP_MEMBER)
  @SecurityRequirement(name = "keycloak")
  @Operation(summary = "Withdraw a solution (fires SolutionUpdated when it was published)")
  @APIResponse(responseCode = "200", description = "The archived solution",
      content = @Content(examples = @ExampleObject(name = "solution", value = SOLUTION)))
  public Response archive(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @HeaderParam(IdempotentPosts.HEADER) String key) {
    return act(key, "POST /solutions/" + id + "/archive", () -> solutions.archive(id, Versions.expected(ifMatch)));
  }

  private Response act(String key, String operation, Supplier<SolutionView> action) {
    return idempotent.run(key, operation, List.of(), () -> Created.ok(action.get()));
  }
}
