package org.placette.matchmaking.internal.translation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.Map;
import org.placette.matchmaking.internal.analysis.Language;
import org.placette.matchmaking.internal.profile.MatchProfile;
import org.placette.matchmaking.internal.profile.ProfileSync.ProfileChanged;
import org.placette.matchmaking.internal.profile.TranslationState;

/**
 * Stores a changed profile as degraded at once when Apertium can translate its language into no
 * other (Apertium missing, or none of the pairs it needs installed). Otherwise it would wait in the
 * translation queue for a run that stores nothing, and have its matches computed a second time
 * after that run. Once Apertium is installed, the next start translates it again
 * ({@link ProfileTranslation#retryDegraded()}).
 */
@ApplicationScoped
public class UntranslatableProfiles {

  @PersistenceContext(unitName = "matchmaking")
  private EntityManager entityManager;

  @Inject private Translations translations;

  /** In the transaction that changed the profile, so that the change and its state commit together. */
  void profileChanged(@Observes ProfileChanged changed) {
    TranslationStatus status = translations.status();
    if (!status.degraded()) {
      // Every pair installed: every language translates, and the usual change costs no lookup.
      return;
    }
    MatchProfile profile = entityManager.find(MatchProfile.class, changed.profileId());
    if (profile != null && profile.translationState() == TranslationState.PENDING
        && untranslatable(profile.originalLanguage(), status)) {
      profile.translated(Map.of());
    }
  }

  static boolean untranslatable(Language original, TranslationStatus status) {
    return Arrays.stream(Language.values()).noneMatch(target -> target != original && status.canTranslate(original, target));
  }
}
