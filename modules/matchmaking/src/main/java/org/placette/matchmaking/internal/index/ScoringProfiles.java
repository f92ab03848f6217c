package org.placette.matchmaking.internal.index;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.placette.matchmaking.internal.analysis.Language;
import org.placette.matchmaking.internal.profile.MatchProfile;
import org.placette.matchmaking.internal.profile.ProfileStatus;
import org.placette.matchmaking.internal.profile.ProfileSync.ProfileChanged;
import org.placette.matchmaking.internal.scoring.ProfileFactory;
import org.placette.matchmaking.internal.scoring.ProfileText;
import org.placette.matchmaking.internal.scoring.ScoringProfile;

/**
 * The scorer's view of stored profiles: texts analyzed and concepts found once per profile
 * version, then kept in a bounded least-recently-used memory. A profile changed here leaves that
 * memory as soon as its change commits, and the computation of its own matches that every change
 * asks for reads it at its new version and keeps that one (a scoring that read the profile just
 * before the commit and kept it just after is corrected there). Where other instances may change
 * profiles too, every lookup asks the database for the current versions first, so an instance
 * never scores with a text another instance has since rewritten.
 */
@ApplicationScoped
public class ScoringProfiles {

  @PersistenceContext(unitName = "matchmaking")
  private EntityManager entityManager;

  @Inject private ProfileFactory factory;

  @Inject
  @ConfigProperty(name = "matchmaking.scoring.cached-profiles", defaultValue = "20000")
  int capacity;

  private Map<UUID, Cached> cache;

  private record Cached(long version, ScoringProfile profile) {}

  /** The profile of one stored item, as the scorer sees it. */
  public ScoringProfile of(MatchProfile profile) {
    Cached cached = cached(profile.id());
    if (cached != null && cached.version == profile.version()) {
      return cached.profile;
    }
    ScoringProfile built = build(profile);
    remember(profile.id(), new Cached(profile.version(), built));
    return built;
  }

  /**
   * The profiles of the given ids that exist (and are published, if asked), keyed by id as a
   * string. {@code soleWriter}: no other instance changes profiles, so those kept here are
   * current and only the others are read; otherwise the versions of all are checked first.
   */
  public Map<String, ScoringProfile> stored(Collection<String> ids, boolean publishedOnly, boolean soleWriter) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<String, ScoringProfile> found = new LinkedHashMap<>();
    List<UUID> missing = new ArrayList<>();
    if (soleWriter) {
      for (String key : ids) {
        UUID id = UUID.fromString(key);
        Cached cached = cached(id);
        if (cached != null) {
          found.put(key, cached.profile);
        } else {
          missing.add(id);
        }
      }
    } else {
      List<UUID> wanted = ids.stream().map(UUID::fromString).toList();
      for (Object[] row : entityManager.createQuery("select p.id, p.version from MatchProfile p where p.id in :ids"
              + (publishedOnly ? " and p.status = org.placette.matchmaking.internal.profile.ProfileStatus.PUBLISHED" : ""), Object[].class)
          .setParameter("ids", wanted).getResultList()) {
        UUID id = (UUID) row[0];
        Cached cached = cached(id);
        if (cached != null && cached.version == (Long) row[1]) {
          found.put(id.toString(), cached.profile);
        } else {
          missing.add(id);
        }
      }
    }
    if (!missing.isEmpty()) {
      for (MatchProfile profile : entityManager.createQuery("select p from MatchProfile p where p.id in :ids", MatchProfile.class)
          .setParameter("ids", missing).getResultList()) {
        if (!publishedOnly || profile.status() == ProfileStatus.PUBLISHED) {
          found.put(profile.id().toString(), of(profile));
        }
      }
    }
    return found;
  }

  void profileChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProfileChanged changed) {
    forget(changed.profileId());
  }

  /** A profile for text that is not stored (a draft): analyzed on the spot, never kept. */
  public ScoringProfile transientProfile(String id, Language language, String title, String body) {
    return factory.profile(id, Map.of(language, new ProfileText(language, title, body, true)), null, null, null);
  }

  private ScoringProfile build(MatchProfile profile) {
    Map<Language, ProfileText> texts = new EnumMap<>(Language.class);
    profile.texts().forEach((language, titleAndBody) ->
        texts.put(language, new ProfileText(language, titleAndBody[0], titleAndBody[1], language == profile.originalLanguage())));
    return factory.profile(profile.id().toString(), texts, profile.country(), profile.region(), profile.trl());
  }

  private synchronized Cached cached(UUID id) {
    return cache().get(id);
  }

  private synchronized void remember(UUID id, Cached cached) {
    cache().put(id, cached);
  }

  private synchronized void forget(UUID id) {
    cache().remove(id);
  }

  private Map<UUID, Cached> cache() {
    if (cache == null) {
      int limit = capacity;
      cache = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Cached> eldest) {
          return size() > limit;
        }
      };
    }
    return cache;
  }
}
