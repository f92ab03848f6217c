package org.placette.matchmaking.internal.profile;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Hands the pipeline's pending work to one instance at a time. A claim is a lease written in a
 * short transaction: on PostgreSQL {@code FOR UPDATE SKIP LOCKED} lets several instances claim
 * side by side without waiting on each other; a lease that runs out (the instance died) makes the
 * work claimable again, so nothing pending is ever lost.
 */
@ApplicationScoped
public class ProfileClaims {

  @PersistenceContext(unitName = "matchmaking")
  private EntityManager entityManager;

  @Resource(lookup = "jdbc/placette")
  private DataSource dataSource;

  private volatile Boolean postgres;

  /** A profile leased for work, as it was when claimed. */
  public record Claim(UUID id, long version, boolean announce) {}

  /**
   * Claims profiles whose matches fell due before {@code window.dueBefore}, oldest first; a mere
   * refresh (a candidate changed, not the item) only if it fell due before {@code
   * window.refreshesDueBefore}, and an item still waiting for its translation only if it fell due
   * before {@code window.untranslatedDueBefore}.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Claim> claimMatches(int limit, Duration lease, MatchWindow window) {
    Instant now = Instant.now();
    List<Claim> claims = new ArrayList<>();
    for (MatchProfile profile : lock("matches_due_at < ?2 AND (announce_matches OR matches_due_at < ?3)"
        + " AND (translation_state <> 'PENDING' OR status <> 'PUBLISHED' OR matches_due_at < ?4)"
        + " AND (matches_claimed_until IS NULL OR matches_claimed_until < ?1)", "matches_due_at",
        limit, now, window.dueBefore(), window.refreshesDueBefore(), window.untranslatedDueBefore())) {
      profile.claimMatchesUntil(now.plus(lease));
      claims.add(new Claim(profile.id(), profile.version(), profile.announceMatches()));
    }
    return claims;
  }

  /** Which due computations of matches may be claimed now; see {@link #claimMatches}. */
  public record MatchWindow(Instant dueBefore, Instant refreshesDueBefore, Instant untranslatedDueBefore) {}

  /** Claims profiles waiting for their translation, those whose matches wait longest first. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Claim> claimTranslations(int limit, Duration lease) {
    Instant now = Instant.now();
    List<Claim> claims = new ArrayList<>();
    for (MatchProfile profile : lock("translation_state = 'PENDING' AND status = 'PUBLISHED'"
        + " AND (translation_claimed_until IS NULL OR translation_claimed_until < ?1)",
        "matches_due_at NULLS LAST, id", limit, now)) {
      profile.claimTranslationUntil(now.plus(lease));
      claims.add(new Claim(profile.id(), profile.version(), false));
    }
    return claims;
  }

  /** The profile, locked until the caller's transaction ends, so that no writer interleaves. */
  public Optional<MatchProfile> locked(UUID id) {
    return Optional.ofNullable(entityManager.find(MatchProfile.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  /** Whether a published profile waits for its translation. */
  @Transactional
  public boolean translationsPending() {
    return !entityManager.createNativeQuery("SELECT id FROM matchmaking_profile"
            + " WHERE translation_state = 'PENDING' AND status = 'PUBLISHED' FETCH FIRST 1 ROWS ONLY")
        .getResultList().isEmpty();
  }

  /** How much work is waiting: profiles to translate, profiles whose matches are due. */
  @Transactional
  public Backlog backlog() {
    Object[] counts = (Object[]) entityManager.createNativeQuery(
            "SELECT (SELECT COUNT(*) FROM matchmaking_profile WHERE translation_state = 'PENDING' AND status = 'PUBLISHED'),"
                + " (SELECT COUNT(*) FROM matchmaking_profile WHERE matches_due_at IS NOT NULL),"
                + " (SELECT COUNT(*) FROM matchmaking_profile WHERE status = 'PUBLISHED')")
        .getSingleResult();
    return new Backlog(((Number) counts[0]).longValue(), ((Number) counts[1]).longValue(), ((Number) counts[2]).longValue());
  }

  public record Backlog(long translationsPending, long matchesPending, long published) {}

  /**
   * The computation of matches that has waited longest, as it stands: whether it is leased, waits
   * for its translation or is a mere refresh tells an administrator why it has not run yet.
   */
  @Transactional
  public Optional<PendingMatches> oldestPendingMatches() {
    return entityManager.createQuery("select p from MatchProfile p where p.matchesDueAt is not null order by p.matchesDueAt",
            MatchProfile.class)
        .setMaxResults(1).getResultStream().findFirst()
        .map(profile -> new PendingMatches(profile.id(), profile.side(), profile.status(), profile.translationState(),
            profile.matchesDueAt(), profile.announceMatches(), profile.matchesClaimedUntil()));
  }

  /** {@code announce} false: a refresh, asked by a candidate's change. {@code claimedUntil} null: not leased. */
  public record PendingMatches(UUID profileId, Side side, ProfileStatus status, TranslationState translationState,
      Instant dueAt, boolean announce, Instant claimedUntil) {}

  /**
   * Locks the first {@code limit} profiles meeting the condition, in that order. PostgreSQL does
   * it in one statement. H2 locks every row its {@code FOR UPDATE} reads, not only those it keeps:
   * with 90k due rows, each claim of 10 took seconds (4.6 s for 50k rows, measured). On H2 the ids
   * are chosen first, unlocked, then only those rows are locked and the condition checked again.
   */
  private List<MatchProfile> lock(String condition, String order, int limit, Instant... parameters) {
    if (onPostgres()) {
      return profiles("SELECT * FROM matchmaking_profile WHERE " + condition + " ORDER BY " + order
          + " FETCH FIRST " + limit + " ROWS ONLY FOR UPDATE SKIP LOCKED", null, parameters);
    }
    Query chosen = entityManager.createNativeQuery("SELECT id FROM matchmaking_profile WHERE " + condition
        + " ORDER BY " + order + " FETCH FIRST " + limit + " ROWS ONLY");
    bind(chosen, parameters);
    List<?> ids = chosen.getResultList();
    if (ids.isEmpty()) {
      return List.of();
    }
    return profiles("SELECT * FROM matchmaking_profile WHERE id IN (?" + (parameters.length + 1) + ") AND " + condition
        + " ORDER BY " + order + " FOR UPDATE", ids, parameters);
  }

  @SuppressWarnings("unchecked")
  private List<MatchProfile> profiles(String sql, List<?> ids, Instant... parameters) {
    Query query = entityManager.createNativeQuery(sql, MatchProfile.class);
    bind(query, parameters);
    if (ids != null) {
      query.setParameter(parameters.length + 1, ids);
    }
    return query.getResultList();
  }

  private static void bind(Query query, Instant... parameters) {
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
  }

  private boolean onPostgres() {
    Boolean known = postgres;
    if (known == null) {
      try (Connection connection = dataSource.getConnection()) {
        known = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        postgres = known;
      } catch (SQLException failure) {
        throw new IllegalStateException("Cannot tell which database holds the profiles", failure);
      }
    }
    return known;
  }
}
