package org.placette.matchmaking.internal.index;

import jakarta.enterprise.context.ApplicationScoped;
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
import org.placette.matchmaking.internal.scoring.ProfileFactory;
import org.placette.matchmaking.internal.scoring.ProfileText;
import org.placette.matchmaking.internal.scoring.ScoringProfile;

/**
 * The scorer's view of stored profiles: texts analyzed and concepts found once per profile
 * version, then kept in a bounded least-recently-used memory. Staleness is impossible by
 * construction: every lookup asks the database for the current versions first, so an instance
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

  /** The profiles of the given ids that exist (and are published, if asked), keyed by id as a string. */
  public Map<String, ScoringProfile> stored(Collection<String> ids, boolean publishedOnly) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    List<UUID> wanted = ids.stream().map(UUID::fromString).toList();
    List<Object[]> versions = entityManager.createQuery(
            "select p.id, p.version from MatchProfile p where p.id in :ids"
                + (publishedOnly ? " and p.status = org.placette.matchmaking.internal.profile.ProfileStatus.PUBLISHED" : ""),
            Object[].class)
        .setParameter("ids", wanted).getResultList();
    Map<String, ScoringProfile> found = new LinkedHashMap<>();
    List<UUID> missing = new ArrayList<>();
    for (Object[] row : versions) {
      UUID id = (UUID) row[0];
      Cached cached = cached(id);
      if (cached != null && cached.version == (Long) row[1]) {
        found.put(id.toString(), cached.profile);
      } else {
        missing.add(id);
      }
    }
    if (!missing.isEmpty()) {
      for (MatchProfile profile : entityManager.createQuery("select p from MatchProfile p where p.id in :ids", MatchProfile.class)
          .setParameter("ids", missing).getResultList()) {
        found.put(profile.id().toString(), of(profile));
      }
    }
    return found;
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
