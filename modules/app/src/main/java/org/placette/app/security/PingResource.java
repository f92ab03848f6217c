package org.placette.app.security;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.placette.kernel.caller.Roles;

/**
 * Two identical trivial answers, one public and one behind a bearer token, so that the cost of
 * token validation can be measured (`./placette bench auth`) and a client can check its token.
 */
@Path("/ping")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ping", description = "Trivial answers, with and without authentication")
public class PingResource {

  /** The answer: always the same. */
  public record Pong(boolean ok) {}

  private static final Pong PONG = new Pong(true);

  @GET
  @PermitAll
  @Operation(summary = "Answers without authentication")
  public Pong ping() {
    return PONG;
  }

  @GET
  @Path("/authenticated")
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.AUTHORITY_MEMBER, Roles.STARTUP_MEMBER, Roles.INTEGRATOR})
  @Operation(summary = "Answers a caller with a valid token and any Placette role")
  public Pong authenticated() {
    return PONG;
  }
}
