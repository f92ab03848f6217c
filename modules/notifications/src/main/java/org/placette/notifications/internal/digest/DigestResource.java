package org.placette.notifications.internal.digest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.placette.kernel.caller.Roles;
import org.placette.kernel.problem.InputCheck;
import org.placette.notifications.internal.preference.Frequency;

/** Sending the digests of a period at once, instead of at the hour. */
@Path("/admin/digests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@SecurityRequirement(name = "keycloak")
public class DigestResource {

  @Inject private DigestJob job;

  @POST
  @Path("/{frequency}/send")
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  @Operation(summary = "End the current DAILY or WEEKLY digest period now and queue its digests")
  public Map<String, Integer> sendNow(@PathParam("frequency") String frequency) {
    InputCheck check = InputCheck.start();
    Frequency chosen = check.enumValue("frequency", frequency, Frequency.class);
    check.require(chosen != Frequency.IMMEDIATE || check.hasError("frequency"), "frequency",
        "Digests are DAILY or WEEKLY.");
    check.orThrow();
    return Map.of("queued", job.sendNow(chosen));
  }
}
