package org.placette.actors.internal.registration;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/registrations")
@RequestScoped
@Tag(name = "Registration", description = "A body asks to join the platform")
public class RegistrationResource {

  @Inject private Registrations registrations;
  @Inject private RegistrationRateLimit rateLimit;
  @Context private HttpServletRequest request;
  @Context private UriInfo uri;

  @POST
  @PermitAll
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Register an organisation and its first member; it waits for a platform admin. "
      + "Rate-limited per client address (429 with Retry-After).")
  public Response register(RegistrationRequest body) {
    try {
      rateLimit.consume(rateLimit.clientAddress(request.getRemoteAddr(), request.getHeader("X-Forwarded-For")));
    } catch (RegistrationRateLimit.TooManyRegistrations refused) {
      // The problem is rendered by the application's mapper; RetryAfterFilter adds the header.
      request.setAttribute(RetryAfterFilter.ATTRIBUTE, refused.retryAfterSeconds());
      throw refused;
    }
    RegistrationReceipt receipt = registrations.register(body);
    return Response.created(uri.getBaseUriBuilder().path("organisations").path(receipt.organisationId().toString())
        .build()).entity(receipt).build();
  }
}
