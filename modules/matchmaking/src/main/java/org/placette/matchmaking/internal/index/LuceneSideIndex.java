package org.placette.matchmaking.internal.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.placette.matchmaking.internal.profile.MatchProfile;

/** On the Lucene backend, term statistics are read from the index itself, locally and exactly, segment by segment. */
final class LuceneSideIndex extends SideIndex {

  private final IndexReader reader;
  private final SegmentFrequencies.Reading frequencies;

  LuceneSideIndex(SearchMapping mapping, SearchSession session, Class<? extends MatchProfile> side, boolean publishedOnly,
      SegmentFrequencies frequencies) {
    super(session, side, publishedOnly);
    this.reader = mapping.scope(side).extension(LuceneExtension.get()).openIndexReader();
    this.frequencies = frequencies.open(reader);
  }

  @Override
  public int documentCount() {
    return reader.numDocs();
  }

  @Override
  public int documentFrequency(String field, String term) {
    return engine(() -> frequencies.documentFrequency(field, term));
  }

  @Override
  public void prefetch(Map<String, ? extends Collection<String>> termsByField) {
    engine(() -> {
      termsByField.forEach(frequencies::prefetch);
      return null;
    });
  }

  @Override
  public Object statisticsVersion() {
    return frequencies.version();
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException failure) {
      throw new UncheckedIOException("Releasing an index reader failed", failure);
    }
  }
}
