package org.placette.matchmaking.internal.similar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.placette.kernel.caller.Roles;

@Path("/needs/{id}/similar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Matches")
public class SimilarNeedsResource {

  @Inject private SimilarNeeds similar;

  @GET
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.AUTHORITY_MEMBER, Roles.STARTUP_MEMBER, Roles.INTEGRATOR})
  @Operation(summary = "Other authorities' needs like this one (a draft too, for its owner), and what became of them")
  @APIResponse(responseCode = "200", description = "Most similar first: [{need, score, explanation, status}]")
  @APIResponse(responseCode = "400", description = "limit outside 1–50")
  @APIResponse(responseCode = "404", description = "No need with this id that the caller may see")
  public List<SimilarNeed> similar(@PathParam("id") UUID id,
      @Parameter(description = "1 to 50, default 10") @QueryParam("limit") String limit) {
    return similar.similarTo(id, limit);
  }
}
