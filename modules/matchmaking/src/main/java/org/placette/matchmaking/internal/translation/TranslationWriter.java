package org.placette.matchmaking.internal.translation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.placette.matchmaking.internal.analysis.Language;
import org.placette.matchmaking.internal.profile.ConceptTagging;
import org.placette.matchmaking.internal.profile.ProfileClaims;
import org.placette.matchmaking.internal.profile.ProfileSync.ProfileChanged;

/** Stores one profile's translations in a transaction of its own, the profile locked meanwhile. */
@ApplicationScoped
public class TranslationWriter {

  @Inject private ProfileClaims claims;
  @Inject private ConceptTagging concepts;
  @Inject private Event<ProfileChanged> changed;

  /** Ignored when the profile was rewritten since it was claimed: the rewrite asked for a new translation. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void store(UUID id, long claimedVersion, Map<Language, String[]> translated) {
    claims.locked(id).filter(profile -> profile.version() == claimedVersion).ifPresent(profile -> {
      profile.translated(translated);
      concepts.tag(profile);
      profile.matchesDue(Instant.now(), true);
      changed.fire(new ProfileChanged(profile.id()));
    });
  }
}
