package org.placette.projects.internal.journal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.placette.kernel.caller.Roles;
import org.placette.kernel.paging.Page;

@Path("/admin/events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@SecurityRequirement(name = "keycloak")
public class JournalResource {

  @Inject private Journal journal;

  @GET
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  @Operation(summary = "The journal of events of the projects module, oldest first, optionally about one subject")
  @APIResponse(responseCode = "200", description = "A page of journal entries", content = @Content(examples = @ExampleObject(
      name = "page", value = """
          {"items": [{"id": "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d", "type": "NeedPublished",
          "subjectId": "9b2f6c8e-4f43-4a57-9d1e-0a3c1c1f5e10", "occurredAt": "2026-11-22T09:05:00Z",
          "payload": "{\\"need\\":{\\"id\\":\\"9b2f6c8e-4f43-4a57-9d1e-0a3c1c1f5e10\\"}}"}], "next": null}""")))
  public Page<JournalEntryView> entries(@QueryParam("subject") String subject, @QueryParam("type") String type,
      @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
    return journal.entries(subject, type, cursor, limit);
  }
}
