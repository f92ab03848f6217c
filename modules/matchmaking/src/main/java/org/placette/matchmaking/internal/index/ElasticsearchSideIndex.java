package org.placette.matchmaking.internal.index;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.placette.matchmaking.internal.profile.MatchProfile;

/**
 * On OpenSearch, term statistics cost a request: frequencies are fetched in bulk (one {@code
 * filters} aggregation per chunk of terms, each bucket counting one term) and kept by {@link
 * TermStatistics} for a while, since they drift slowly as items are added.
 */
final class ElasticsearchSideIndex extends SideIndex {

  private static final int TERMS_PER_REQUEST = 1_000;
  private static final AggregationKey<JsonObject> FREQUENCIES = AggregationKey.of("frequencies");

  private final SearchSession session;
  private final Class<? extends MatchProfile> side;
  private final TermStatistics statistics;
  /** Everything fetched during this scoring, zeros included (the shared statistics keep no zeros). */
  private final Map<String, Integer> fetched = new HashMap<>();
  /** One count for the whole scoring. */
  private Integer documents;

  ElasticsearchSideIndex(SearchSession session, Class<? extends MatchProfile> side, boolean publishedOnly,
      TermStatistics statistics) {
    super(session, side, publishedOnly);
    this.session = session;
    this.side = side;
    this.statistics = statistics;
  }

  @Override
  public int documentCount() {
    if (documents == null) {
      documents = statistics.documentCount(side, () -> {
        var result = engine(() -> session.search(side).where(f -> f.matchAll()).fetch(0));
        return (int) result.total().hitCount();
      });
    }
    return documents;
  }

  @Override
  public Object statisticsVersion() {
    return statistics.version(side, documentCount());
  }

  @Override
  public int documentFrequency(String field, String term) {
    Integer known = known(field, term);
    if (known != null) {
      return known;
    }
    prefetch(Map.of(field, List.of(term)));
    return known(field, term);
  }

  private Integer known(String field, String term) {
    Integer local = fetched.get(field + '\u0000' + term);
    return local != null ? local : statistics.frequency(side, field, term, documentCount());
  }

  @Override
  public void prefetch(Map<String, ? extends Collection<String>> termsByField) {
    List<String[]> missing = new ArrayList<>();
    termsByField.forEach((field, terms) -> terms.stream()
        .filter(term -> known(field, term) == null)
        .forEach(term -> missing.add(new String[] {field, term})));
    for (int start = 0; start < missing.size(); start += TERMS_PER_REQUEST) {
      fetch(missing.subList(start, Math.min(missing.size(), start + TERMS_PER_REQUEST)));
    }
  }

  private void fetch(List<String[]> fieldTerms) {
    JsonObject filters = new JsonObject();
    for (int i = 0; i < fieldTerms.size(); i++) {
      JsonObject termQuery = new JsonObject();
      JsonObject fieldTerm = new JsonObject();
      fieldTerm.addProperty(fieldTerms.get(i)[0], fieldTerms.get(i)[1]);
      termQuery.add("term", fieldTerm);
      filters.add("t" + i, termQuery);
    }
    JsonObject aggregation = new JsonObject();
    JsonObject body = new JsonObject();
    body.add("filters", filters);
    aggregation.add("filters", body);
    var result = engine(() -> session.search(side).extension(ElasticsearchExtension.get())
        .where(f -> f.matchAll())
        .aggregation(FREQUENCIES, f -> f.fromJson(aggregation))
        .fetch(0));
    JsonObject buckets = result.aggregation(FREQUENCIES).getAsJsonObject("buckets");
    for (int i = 0; i < fieldTerms.size(); i++) {
      int count = buckets.getAsJsonObject("t" + i).get("doc_count").getAsInt();
      fetched.put(fieldTerms.get(i)[0] + '\u0000' + fieldTerms.get(i)[1], count);
      statistics.remember(side, fieldTerms.get(i)[0], fieldTerms.get(i)[1], count);
    }
  }
}
