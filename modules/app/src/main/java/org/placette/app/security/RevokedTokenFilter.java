package org.placette.app.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.time.Instant;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.placette.actors.api.AccessRevocations;
import org.placette.app.correlation.CorrelationId;
import org.placette.app.problem.ProblemResponses;
import org.placette.kernel.problem.Problem;

/**
 * A bearer token is valid until it expires, even after Keycloak deleted or disabled its user. This
 * refuses, with the same 401 as any invalid token, the tokens of members who were erased, removed
 * or suspended since the token was issued. The check is an in-memory lookup.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class RevokedTokenFilter implements ContainerRequestFilter {

  @Inject private AccessRevocations revocations;
  @Context private HttpServletRequest request;

  @Override
  public void filter(ContainerRequestContext context) {
    Principal principal = context.getSecurityContext().getUserPrincipal();
    if (!(principal instanceof JsonWebToken token)) {
      return;
    }
    Instant issuedAt = token.getIssuedAtTime() > 0 ? Instant.ofEpochSecond(token.getIssuedAtTime()) : null;
    if (revocations.revoked(token.getSubject(), issuedAt)) {
      Problem problem = new Problem(401, "token-revoked", "Token revoked",
          "This token's account was erased, removed or suspended after the token was issued; sign in again.");
      context.abortWith(Response.fromResponse(
              ProblemResponses.response(problem, request.getRequestURI(), CorrelationId.of(request)))
          .header(HttpHeaders.WWW_AUTHENTICATE, null)
          .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"placette\", error=\"invalid_token\"")
          .build());
    }
  }
}
