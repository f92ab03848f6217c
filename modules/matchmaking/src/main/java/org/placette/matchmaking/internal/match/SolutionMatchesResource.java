package org.placette.matchmaking.internal.match;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.placette.kernel.caller.Roles;
import org.placette.kernel.paging.Page;
import org.placette.matchmaking.internal.profile.Side;

@Path("/solutions/{id}/matches")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Matches")
public class SolutionMatchesResource {

  @Inject private MatchReader matches;

  @GET
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.AUTHORITY_MEMBER, Roles.STARTUP_MEMBER, Roles.INTEGRATOR})
  @Operation(summary = "The published needs a solution matches, best first (needs shown to verified members only are left out for others)")
  @APIResponse(responseCode = "200", description = "A page of matches: {items: [{need, score, explanation}], next}")
  @APIResponse(responseCode = "400", description = "limit over 100, minScore outside 0–100 or a foreign cursor")
  @APIResponse(responseCode = "404", description = "No published solution with this id")
  public Page<MatchView> list(@PathParam("id") UUID id,
      @Parameter(description = "1 to 100, default 20") @QueryParam("limit") String limit,
      @Parameter(description = "0 to 100, default 0") @QueryParam("minScore") String minScore,
      @Parameter(description = "The next of the previous page") @QueryParam("cursor") String cursor) {
    return matches.matchesOf(Side.SOLUTION, id, MatchReader.query(limit, minScore, cursor));
  }
}
