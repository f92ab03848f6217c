package org.placette.matchmaking.internal.match;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.placette.kernel.paging.Page;
import org.placette.kernel.problem.InputCheck;
import org.placette.kernel.problem.Problem;
import org.placette.matchmaking.internal.access.Viewer;
import org.placette.matchmaking.internal.concept.ConceptThesaurus;
import org.placette.matchmaking.internal.profile.MatchProfile;
import org.placette.matchmaking.internal.profile.ProfileStatus;
import org.placette.matchmaking.internal.profile.Side;

/**
 * Reads stored matches for the API, best first, in keyset pages ({@code next} carries the last
 * score and id). The item must be published and visible to the caller, and so must every listed
 * candidate: a need shown to verified members only is left out for others.
 */
@ApplicationScoped
public class MatchReader {

  public static final int MAX_LIMIT = 100;

  @PersistenceContext(unitName = "matchmaking")
  private EntityManager entityManager;

  @Inject private Viewer viewer;
  @Inject private ConceptThesaurus thesaurus;

  public record Query(int limit, int minScore, String cursor) {}

  /** Checks the query parameters, naming every wrong one. */
  public static Query query(String limitParameter, String minScoreParameter, String cursor) {
    InputCheck check = InputCheck.start();
    Integer limit = check.integer("limit", limitParameter, 1, MAX_LIMIT);
    Integer minScore = check.integer("minScore", minScoreParameter, 0, 100);
    if (cursor != null && decode(cursor) == null) {
      check.add("cursor", "cursor is not one this API gave: pass the \"next\" of the previous page as it was.");
    }
    check.orThrow();
    return new Query(limit == null ? 20 : limit, minScore == null ? 0 : minScore, cursor);
  }

  @Transactional
  public Page<MatchView> matchesOf(Side side, UUID itemId, Query query) {
    MatchProfile item = entityManager.find(MatchProfile.class, itemId);
    if (item == null || item.side() != side || item.status() != ProfileStatus.PUBLISHED || !viewer.sees(item)) {
      throw Problem.notFound(side == Side.NEED ? "Need" : "Solution", itemId);
    }
    Direction direction = Direction.from(side);
    String itemColumn = side == Side.NEED ? "needId" : "solutionId";
    String candidateColumn = side == Side.NEED ? "solutionId" : "needId";
    Object[] after = query.cursor() == null ? null : decode(query.cursor());
    String jpql = "select m, p from Match m, MatchProfile p where p.id = m." + candidateColumn
        + " and m.direction = :direction and m." + itemColumn + " = :item and m.score >= :min and p.status = :published"
        + " and (p.visibility = 'PUBLIC' or :members = true or p.ownerId = :organisation)"
        + (after == null ? "" : " and (m.score < :lastScore or (m.score = :lastScore and m.id > :lastId))")
        + " order by m.score desc, m.id";
    TypedQuery<Object[]> select = entityManager.createQuery(jpql, Object[].class)
        .setParameter("direction", direction)
        .setParameter("item", itemId)
        .setParameter("min", query.minScore())
        .setParameter("published", ProfileStatus.PUBLISHED)
        .setParameter("members", viewer.seesMembersOnly())
        .setParameter("organisation", viewer.organisationId().orElse(new UUID(0, 0)))
        .setMaxResults(query.limit() + 1);
    if (after != null) {
      select.setParameter("lastScore", after[0]).setParameter("lastId", after[1]);
    }
    List<Object[]> rows = select.getResultList();
    boolean more = rows.size() > query.limit();
    List<Object[]> page = more ? rows.subList(0, query.limit()) : rows;
    Map<UUID, Boolean> verdicts = verdicts(side, itemId, page);
    List<MatchView> items = new ArrayList<>();
    for (Object[] row : page) {
      Match match = (Match) row[0];
      MatchedItem candidate = MatchedItem.of((MatchProfile) row[1]);
      items.add(new MatchView(match.id(), side == Side.SOLUTION ? candidate : null, side == Side.NEED ? candidate : null,
          match.score(), ExplanationView.of(ExplanationJson.read(match.explanation()), thesaurus), match.algorithm(),
          match.computedAt(), verdicts.get(match.candidateId())));
    }
    Match last = more ? (Match) page.get(page.size() - 1)[0] : null;
    return new Page<>(items, last == null ? null : encode(last.score(), last.id()));
  }

  /** The authority's verdicts, which only the need's owner sees. */
  private Map<UUID, Boolean> verdicts(Side side, UUID itemId, List<Object[]> page) {
    Map<UUID, Boolean> verdicts = new HashMap<>();
    if (side != Side.NEED || page.isEmpty() || !viewer.owns(((MatchProfile) entityManager.find(MatchProfile.class, itemId)).ownerId())) {
      return verdicts;
    }
    entityManager.createQuery("select f from Feedback f where f.pair.needId = :need", Feedback.class)
        .setParameter("need", itemId).getResultList()
        .forEach(feedback -> verdicts.put(feedback.solutionId(), feedback.relevant()));
    return verdicts;
  }

  private static String encode(int score, UUID id) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString((score + ":" + id).getBytes(StandardCharsets.UTF_8));
  }

  private static Object[] decode(String cursor) {
    try {
      String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":", 2);
      return new Object[] {Integer.valueOf(parts[0]), UUID.fromString(parts[1])};
    } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException malformed) {
      return null;
    }
  }
}
