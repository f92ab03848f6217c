package org.placette.projects.internal.dialogue;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.placette.kernel.caller.Roles;
import org.placette.projects.internal.common.LimitedBody;

@Path("/authorities/{organisationId}/dialogue")
@RequestScoped
@LimitedBody
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dialogue")
public class AuthorityDialogueResource {

  @Inject private DialogueService dialogue;

  @GET
  @PermitAll
  @Operation(summary = "An authority's public answer record: answer delay, answer rate, median answer time")
  @APIResponse(responseCode = "200", description = "The record",
      content = @Content(examples = @ExampleObject(name = "record", value = DialogueExamples.RECORD)))
  public DialogueRecord record(@PathParam("organisationId") UUID organisationId) {
    return dialogue.record(organisationId);
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.INTEGRATOR})
  @SecurityRequirement(name = "keycloak")
  @Operation(summary = "Set how many days (0 to 90) the authority gives itself to answer an expression of interest")
  @RequestBody(content = @Content(examples = @ExampleObject(name = "settings", value = "{\"answerDays\": 10}")))
  @APIResponse(responseCode = "200", description = "The record with the new delay",
      content = @Content(examples = @ExampleObject(name = "record", value = DialogueExamples.RECORD)))
  public DialogueRecord configure(@PathParam("organisationId") UUID organisationId, DialogueInputs.SettingsInput input) {
    return dialogue.configure(organisationId, input);
  }
}
