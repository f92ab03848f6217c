package org.placette.notifications.internal.deadletter;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.placette.kernel.caller.Roles;
import org.placette.kernel.problem.FieldError;
import org.placette.kernel.problem.Problem;
import org.placette.notifications.internal.outbox.Outbox;

/** What could not be delivered after every retry, for an administrator to inspect and send again. */
@Path("/admin/dead-letters")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@SecurityRequirement(name = "keycloak")
public class DeadLetterResource {

  static final int MAX_LIMIT = 100;

  @Inject private Outbox outbox;

  @GET
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  @Operation(summary = "Dead letters, oldest first")
  public DeadLetterPage list(@QueryParam("limit") @DefaultValue("50") int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw Problem.invalid(List.of(new FieldError("limit", "The limit is between 1 and " + MAX_LIMIT + ".")));
    }
    return new DeadLetterPage(outbox.deadLetters(limit).stream().map(DeadLetterView::of).toList());
  }

  @POST
  @Path("/{id}/redeliver")
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  @Operation(summary = "Deliver a dead letter again, with a fresh set of attempts and the same message id")
  public Response redeliver(@PathParam("id") UUID id) {
    if (!outbox.redeliver(id)) {
      throw Problem.notFound("Dead letter", id);
    }
    return Response.accepted().build();
  }
}
