package org.placette.matchmaking.internal.match;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.placette.kernel.caller.Roles;

@Path("/matches/{id}/feedback")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Matches")
public class FeedbackResource {

  @Inject private FeedbackService feedback;

  @POST
  @RolesAllowed(Roles.AUTHORITY_MEMBER)
  @Operation(summary = "Say whether a match is relevant (the need's owning authority only); a new verdict replaces the last")
  @APIResponse(responseCode = "200", description = "The verdict as stored")
  @APIResponse(responseCode = "400", description = "relevant missing")
  @APIResponse(responseCode = "403", description = "The caller's organisation does not own the need")
  @APIResponse(responseCode = "404", description = "No such match the caller may see")
  public FeedbackView judge(@PathParam("id") UUID id, FeedbackInput input) {
    return feedback.judge(id, input);
  }
}
