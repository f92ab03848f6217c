package org.placette.matchmaking.internal.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.placette.kernel.problem.InputCheck;
import org.placette.matchmaking.internal.access.Viewer;
import org.placette.matchmaking.internal.analysis.Language;
import org.placette.matchmaking.internal.concept.ConceptExtractor;
import org.placette.matchmaking.internal.concept.ConceptMatch;
import org.placette.matchmaking.internal.match.MatchedItem;
import org.placette.matchmaking.internal.profile.MatchProfile;
import org.placette.matchmaking.internal.profile.NeedProfile;
import org.placette.matchmaking.internal.profile.ProfileStatus;
import org.placette.matchmaking.internal.profile.SolutionProfile;
import org.placette.matchmaking.internal.scoring.IndexFields;

/**
 * Full-text search over published needs and solutions. The query is analyzed by each language's
 * analyzer against that language's field (so accents, case, elisions and plurals do not matter,
 * and a French query finds an English item through its stored translation), and the thesaurus
 * concepts it names are searched too. The text is never parsed as query syntax: whatever a user
 * types is words.
 */
@ApplicationScoped
public class SearchService {

  public static final int MAX_QUERY_LENGTH = 1_000;
  public static final int MAX_LIMIT = 100;
  private static final Map<String, AggregationKey<Map<String, Long>>> FACETS = new LinkedHashMap<>();

  static {
    for (String facet : List.of("type", "theme", "country", "language")) {
      FACETS.put(facet, AggregationKey.of(facet));
    }
  }

  private static final AggregationKey<Map<Integer, Long>> TRL_FACET = AggregationKey.of("trl");

  @PersistenceContext(unitName = "matchmaking")
  private EntityManager entityManager;

  @Inject private Viewer viewer;
  @Inject private ConceptExtractor concepts;

  /** What was asked, checked: every wrong parameter is named at once. */
  public record Request(String q, String type, String theme, String country, Integer trl, String language, int limit,
      int offset) {

    public static Request of(String q, String type, String theme, String country, String trlParameter, String language,
        String limitParameter, String cursor) {
      InputCheck check = InputCheck.start();
      Integer trl = check.integer("trl", trlParameter, 1, 9);
      Integer limit = check.integer("limit", limitParameter, 1, MAX_LIMIT);
      check
          .require(q == null || q.length() <= MAX_QUERY_LENGTH, "q", "q has at most " + MAX_QUERY_LENGTH + " characters.")
          .require(type == null || type.equals("need") || type.equals("solution"), "type", "type is need or solution.")
          .require(language == null || Language.ofCode(language).isPresent(), "language", "language is fr, en or es.")
          .require(country == null || country.matches("[A-Za-z]{2}"), "country", "country is an ISO 3166 alpha-2 code.");
      Integer offset = cursor == null ? Integer.valueOf(0) : decode(cursor);
      if (offset == null) {
        check.add("cursor", "cursor is not one this API gave: pass the \"next\" of the previous page as it was.");
      }
      check.orThrow();
      return new Request(q == null || q.isBlank() ? null : q.strip(), type, theme, country, trl, language,
          limit == null ? 20 : limit, offset);
    }
  }

  @Transactional
  public SearchResults search(Request request) {
    Class<? extends MatchProfile> scope = request.type() == null ? MatchProfile.class
        : request.type().equals("need") ? NeedProfile.class : SolutionProfile.class;
    var query = Search.session(entityManager).search(scope)
        .select(f -> f.composite().from(f.entity(MatchProfile.class), f.score(), f.highlight(IndexFields.text(Language.FR)),
            f.highlight(IndexFields.text(Language.EN)), f.highlight(IndexFields.text(Language.ES))).asList())
        .where(f -> predicate(f, request))
        .highlighter(h -> h.unified().numberOfFragments(2).tag("<em>", "</em>"))
        .aggregation(TRL_FACET, f -> f.terms().field("trl", Integer.class).maxTermCount(9));
    for (var facet : FACETS.entrySet()) {
      query = query.aggregation(facet.getValue(), f -> f.terms().field(facet.getKey(), String.class).maxTermCount(50));
    }
    SearchResult<List<?>> result = query.fetch(request.offset(), request.limit());
    List<SearchHit> items = new ArrayList<>();
    for (List<?> hit : result.hits()) {
      Map<String, List<String>> highlights = new LinkedHashMap<>();
      Language[] languages = {Language.FR, Language.EN, Language.ES};
      for (int i = 0; i < languages.length; i++) {
        @SuppressWarnings("unchecked")
        List<String> passages = (List<String>) hit.get(2 + i);
        if (passages != null && !passages.isEmpty()) {
          highlights.put(languages[i].code(), passages);
        }
      }
      items.add(new SearchHit(MatchedItem.of((MatchProfile) hit.get(0)), (Float) hit.get(1), highlights));
    }
    Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
    FACETS.forEach((name, key) -> facets.put(name, result.aggregation(key)));
    Map<String, Long> trl = new TreeMap<>();
    result.aggregation(TRL_FACET).forEach((level, count) -> trl.put(String.valueOf(level), count));
    facets.put("trl", trl);
    long total = result.total().hitCount();
    int nextOffset = request.offset() + items.size();
    return new SearchResults(items, nextOffset < total && !items.isEmpty() ? encode(nextOffset) : null, total, facets);
  }

  private org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep predicate(SearchPredicateFactory f, Request request) {
    BooleanPredicateClausesStep<?> bool = f.bool();
    bool.filter(f.match().field("status").matching(ProfileStatus.PUBLISHED));
    if (!viewer.seesMembersOnly()) {
      var visible = f.bool().should(f.match().field("visibility").matching("PUBLIC"));
      viewer.organisationId().ifPresent(organisation -> visible.should(f.match().field("owner").matching(organisation)));
      bool.filter(visible);
    }
    if (request.theme() != null) {
      bool.filter(f.match().field("theme").matching(request.theme()));
    }
    if (request.country() != null) {
      bool.filter(f.match().field("country").matching(request.country()));
    }
    if (request.language() != null) {
      bool.filter(f.match().field("language").matching(Language.ofCode(request.language()).orElseThrow().code()));
    }
    if (request.trl() != null) {
      bool.filter(f.range().field("trl").atLeast(request.trl()));
    }
    if (request.q() == null) {
      bool.must(f.matchAll());
      return bool;
    }
    var words = f.bool();
    for (Language language : Language.values()) {
      words.should(f.match().field(IndexFields.text(language)).matching(request.q()));
      words.should(f.match().field(IndexFields.title(language)).matching(request.q()).boost(2f));
    }
    Set<String> named = new LinkedHashSet<>();
    for (Language language : Language.values()) {
      for (ConceptMatch match : concepts.extract(request.q(), language)) {
        named.add(match.conceptId());
      }
    }
    if (!named.isEmpty()) {
      words.should(f.match().field(IndexFields.CONCEPTS).matching(String.join(" ", named)).boost(2f));
    }
    bool.must(words);
    return bool;
  }

  private static String encode(int offset) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(("o" + offset).getBytes(StandardCharsets.UTF_8));
  }

  private static Integer decode(String cursor) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      int offset = Integer.parseInt(text.substring(1));
      return text.startsWith("o") && offset >= 0 && offset <= 10_000 ? offset : null;
    } catch (IllegalArgumentException | IndexOutOfBoundsException malformed) {
      return null;
    }
  }
}
