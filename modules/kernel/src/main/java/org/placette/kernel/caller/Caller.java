package org.placette.kernel.caller;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who is behind the current request, as the verified bearer token says. Modules decide what the
 * caller may do from this and never read tokens themselves.
 */
public interface Caller {

  /** Whether a verified token came with the request; when not, the other methods describe nobody. */
  boolean authenticated();

  /** The Keycloak subject, stable for the life of the account. */
  String subject();

  /** The sign-in name (for a service account, {@code service-account-<client>}). */
  String username();

  /** The organisation the member acts for, when the token carries one. */
  Optional<UUID> organisationId();

  Set<String> roles();

  default boolean hasRole(String role) {
    return roles().contains(role);
  }
}
