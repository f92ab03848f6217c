package org.placette.matchmaking.internal.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
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
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.placette.matchmaking.internal.analysis.Language;
import org.placette.matchmaking.internal.analysis.TextAnalyzers;

/**
 * The two reference points the evaluation prints beside Placette, on raw Lucene: BM25 over the
 * original title and description with the standard analyzer (every word of the need as a query
 * term), and the same over the texts in all three languages, each language in its field.
 */
public final class LuceneBaselines {

  /** A text in each language it exists in (the original and its translations). */
  public record Texts(String id, Map<Language, String> byLanguage, Language original) {}

  private LuceneBaselines() {}

  public static Map<String, List<String>> originalTexts(List<Texts> needs, List<Texts> solutions, int depth) {
    return rank(needs, solutions, depth, true);
  }

  public static Map<String, List<String>> translatedTexts(List<Texts> needs, List<Texts> solutions, int depth) {
    return rank(needs, solutions, depth, false);
  }

  private static Map<String, List<String>> rank(List<Texts> needs, List<Texts> solutions, int depth, boolean originalOnly) {
    Analyzer analyzer = new StandardAnalyzer();
    var directory = new ByteBuffersDirectory();
    try (analyzer) {
      try (var writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
        for (Texts solution : solutions) {
          Document document = new Document();
          document.add(new StringField("id", solution.id(), Field.Store.YES));
          solution.byLanguage().forEach((language, text) -> {
            if (!originalOnly || language == solution.original()) {
              document.add(new TextField(field(language, originalOnly), text, Field.Store.NO));
            }
          });
          writer.addDocument(document);
        }
      }
      try (var reader = DirectoryReader.open(directory)) {
        var searcher = new IndexSearcher(reader);
        IndexSearcher.setMaxClauseCount(Math.max(IndexSearcher.getMaxClauseCount(), 4096));
        Map<String, List<String>> rankings = new LinkedHashMap<>();
        for (Texts need : needs) {
          var query = new BooleanQuery.Builder();
          Map<Term, Integer> terms = new HashMap<>();
          need.byLanguage().forEach((language, text) -> {
            if (!originalOnly || language == need.original()) {
              for (String term : TextAnalyzers.terms(analyzer, text)) {
                terms.merge(new Term(field(language, originalOnly), term), 1, Integer::sum);
              }
            }
          });
          // Repeated words count as often as they occur, as in a query of the whole text.
          terms.forEach((term, count) -> {
            for (int i = 0; i < count; i++) {
              query.add(new TermQuery(term), BooleanClause.Occur.SHOULD);
            }
          });
          List<String> ranking = new ArrayList<>();
          for (ScoreDoc hit : searcher.search(query.build(), depth).scoreDocs) {
            ranking.add(searcher.storedFields().document(hit.doc).get("id"));
          }
          rankings.put(need.id(), ranking);
        }
        return rankings;
      }
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
  }

  private static String field(Language language, boolean originalOnly) {
    return originalOnly ? "text" : "text_" + language.code();
  }
}
