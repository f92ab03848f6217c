package org.placette.matchmaking.internal.scoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.placette.matchmaking.internal.analysis.Language;
import org.placette.matchmaking.internal.analysis.TextAnalyzers;

/**
 * A {@link CandidateIndex} on raw Lucene, in memory, with the fields and analyzers the platform's
 * index has. It serves the offline evaluation and is the benchmark's "raw engine" reference.
 * Built once from profiles; searching is thread-safe.
 */
public final class LuceneCandidateIndex implements CandidateIndex, AutoCloseable {

  private static final String ID = "id";
  /** A concept repeated in a text counts more, up to this many times. */
  private static final int MAX_CONCEPT_REPETITIONS = 3;

  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  public LuceneCandidateIndex(Collection<ScoringProfile> profiles, TextAnalyzers analyzers) {
    Map<String, Analyzer> perField = new HashMap<>();
    for (Language language : Language.values()) {
      perField.put(IndexFields.text(language), analyzers.analyzer(language));
      perField.put(IndexFields.title(language), analyzers.analyzer(language));
    }
    perField.put(IndexFields.CONCEPTS, analyzers.concepts());
    perField.put(IndexFields.THEMES, analyzers.concepts());
    var analyzer = new PerFieldAnalyzerWrapper(analyzers.analyzer(Language.EN), perField);
    var directory = new ByteBuffersDirectory();
    try (var writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      for (ScoringProfile profile : profiles) {
        writer.addDocument(document(profile));
      }
      writer.commit();
      reader = DirectoryReader.open(directory);
    } catch (IOException impossible) {
      throw new UncheckedIOException("Building an in-memory index failed", impossible);
    }
    searcher = new IndexSearcher(reader);
  }

  private static Document document(ScoringProfile profile) {
    Document document = new Document();
    document.add(new StringField(ID, profile.id(), Field.Store.YES));
    for (ProfileText text : profile.texts().values()) {
      document.add(new TextField(IndexFields.title(text.language()), text.title(), Field.Store.NO));
      document.add(new TextField(IndexFields.text(text.language()), text.title() + "\n" + text.body(), Field.Store.NO));
    }
    StringBuilder concepts = new StringBuilder();
    profile.concepts().forEach((concept, count) -> {
      for (int i = 0; i < Math.min(count, MAX_CONCEPT_REPETITIONS); i++) {
        concepts.append(concept).append(' ');
      }
    });
    document.add(new TextField(IndexFields.CONCEPTS, concepts.toString(), Field.Store.NO));
    document.add(new TextField(IndexFields.THEMES, String.join(" ", profile.themes()), Field.Store.NO));
    return document;
  }

  @Override
  public int documentCount() {
    return reader.numDocs();
  }

  @Override
  public int documentFrequency(String field, String term) {
    try {
      return reader.docFreq(new Term(field, term));
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
  }

  @Override
  public List<TextHit> search(List<QueryClause> clauses, int limit) {
    if (clauses.isEmpty()) {
      return List.of();
    }
    var query = new BooleanQuery.Builder();
    for (QueryClause clause : clauses) {
      query.add(new BoostQuery(new TermQuery(new Term(clause.field(), clause.term())), clause.boost()),
          BooleanClause.Occur.SHOULD);
    }
    try {
      List<TextHit> hits = new ArrayList<>();
      for (ScoreDoc hit : searcher.search(query.build(), limit).scoreDocs) {
        hits.add(new TextHit(searcher.storedFields().document(hit.doc).get(ID), hit.score));
      }
      return hits;
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException ignored) {
      // An in-memory reader has nothing to release that the garbage collector would not.
    }
  }
}
