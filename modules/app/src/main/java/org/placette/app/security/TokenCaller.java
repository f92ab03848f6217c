package org.placette.app.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.placette.kernel.caller.Caller;

/**
 * The caller as the verified token describes it. The organisation travels in claim {@code org_id}
 * (a Keycloak user attribute for members, a hard-coded claim for an integrator's service account).
 */
@RequestScoped
public class TokenCaller implements Caller {

  static final String ORGANISATION_CLAIM = "org_id";

  // The request's principal rather than an injected JsonWebToken: injecting one into an
  // anonymous request logs an error (CWWKS5604E) although anonymous is a normal case here.
  @Inject private HttpServletRequest request;

  private JsonWebToken token() {
    return request.getUserPrincipal() instanceof JsonWebToken token ? token : null;
  }

  @Override
  public boolean authenticated() {
    JsonWebToken token = token();
    return token != null && token.getRawToken() != null;
  }

  @Override
  public String subject() {
    return token().getSubject();
  }

  @Override
  public String username() {
    return token().getName();
  }

  @Override
  public Optional<UUID> organisationId() {
    if (!authenticated()) {
      return Optional.empty();
    }
    Object claim = token().getClaim(ORGANISATION_CLAIM);
    if (claim == null) {
      return Optional.empty();
    }
    String text = claim instanceof jakarta.json.JsonString json ? json.getString() : claim.toString();
    try {
      return Optional.of(UUID.fromString(text));
    } catch (IllegalArgumentException notAnId) {
      return Optional.empty();
    }
  }

  @Override
  public Set<String> roles() {
    if (!authenticated()) {
      return Set.of();
    }
    Set<String> groups = token().getGroups();
    return groups == null ? Set.of() : Set.copyOf(groups);
  }
}
