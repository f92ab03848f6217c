package org.placette.matchmaking.internal.translation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import org.placette.matchmaking.internal.analysis.Language;
import org.placette.matchmaking.internal.profile.MatchProfile;
import org.placette.matchmaking.internal.profile.ProfileClaims.Claim;
import org.placette.matchmaking.internal.profile.TranslationState;

/**
 * Translates claimed profiles into the other languages, outside any transaction (Apertium takes
 * seconds for a batch), then stores each translation in a short transaction of its own, unless
 * the original was rewritten meanwhile: that rewrite has asked for a new translation already.
 * A stored translation brings new concepts and new matches, so the matches fall due again.
 */
@ApplicationScoped
public class ProfileTranslation {

  private static final Logger LOG = Logger.getLogger(ProfileTranslation.class.getName());

  @PersistenceContext(unitName = "matchmaking")
  private EntityManager entityManager;

  @Inject private Translations translations;
  @Inject private TranslationWriter writer;

  /**
   * Translates what was claimed; a batch Apertium fails on stays claimed and is retried when the
   * lease ends. Answers how many profiles it translated.
   */
  public int translate(List<Claim> claimed) {
    Map<Language, List<MatchProfile>> byLanguage = new EnumMap<>(Language.class);
    Map<UUID, Long> versions = new LinkedHashMap<>();
    for (Claim claim : claimed) {
      MatchProfile profile = entityManager.find(MatchProfile.class, claim.id());
      if (profile != null) {
        byLanguage.computeIfAbsent(profile.originalLanguage(), language -> new ArrayList<>()).add(profile);
        versions.put(profile.id(), claim.version());
      }
    }
    int translatedProfiles = 0;
    for (var entry : byLanguage.entrySet()) {
      Language language = entry.getKey();
      List<MatchProfile> profiles = entry.getValue();
      List<String> texts = new ArrayList<>();
      profiles.forEach(profile -> {
        texts.add(profile.titleIn(language));
        texts.add(profile.bodyIn(language));
      });
      try {
        Map<Language, List<String>> translated = translations.intoOtherLanguages(texts, language);
        for (int i = 0; i < profiles.size(); i++) {
          Map<Language, String[]> versionsOfOne = new EnumMap<>(Language.class);
          int at = i;
          translated.forEach((target, all) -> versionsOfOne.put(target, new String[] {all.get(2 * at), all.get(2 * at + 1)}));
          writer.store(profiles.get(i).id(), versions.get(profiles.get(i).id()), versionsOfOne);
        }
        translatedProfiles += profiles.size();
      } catch (TranslationUnavailableException failure) {
        LOG.warning(() -> "Translating " + profiles.size() + " profiles from " + language.code()
            + " failed; retried when their lease ends: " + failure.getMessage());
      }
    }
    return translatedProfiles;
  }

  /**
   * Apertium may have been installed since these profiles were stored without some languages:
   * they are translated again.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int retryDegraded() {
    if (translations.status().degraded()) {
      return 0;
    }
    return entityManager.createQuery("update MatchProfile p set p.translationState = :pending where p.translationState = :degraded")
        .setParameter("pending", TranslationState.PENDING)
        .setParameter("degraded", TranslationState.DEGRADED)
        .executeUpdate();
  }
}
