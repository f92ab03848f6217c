package org.placette.actors.api;

import java.util.Optional;

/**
 * The personal data the platform holds on the signed-in person (GDPR access and erasure). Both
 * act on the caller only.
 */
public interface PersonalData {

  /** Everything held on the caller, or empty when they are not a member (a service account). */
  Optional<PersonalDataExport> exportForCaller();

  /**
   * Erases the caller: personal fields removed, Keycloak user deleted, their tokens revoked; what
   * they wrote stays, attributed to their organisation. Raises a 503 problem and changes nothing
   * when Keycloak is unavailable.
   */
  void eraseCaller();
}
