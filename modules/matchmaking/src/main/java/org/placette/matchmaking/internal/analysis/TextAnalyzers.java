package org.placette.matchmaking.internal.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.ClasspathResourceLoader;

/**
 * The language analyzers as plain Lucene {@link Analyzer}s, for code that analyses text itself
 * (concept extraction, choosing query terms). Built from the same {@link AnalysisChain}s as the
 * Lucene backend's. Thread-safe; build once and share.
 */
public final class TextAnalyzers implements AutoCloseable {

  private final Map<Language, Analyzer> analyzers = new EnumMap<>(Language.class);
  private final Analyzer concepts;

  public TextAnalyzers() {
    for (Language language : Language.values()) {
      analyzers.put(language, build(AnalysisChain.of(language)));
    }
    concepts = build(AnalysisChain.CONCEPTS);
  }

  public Analyzer analyzer(Language language) {
    return analyzers.get(language);
  }

  public Analyzer concepts() {
    return concepts;
  }

  /** The terms the index would hold for this text in this language's field, in order. */
  public List<String> terms(Language language, String text) {
    return terms(analyzers.get(language), text);
  }

  public static List<String> terms(Analyzer analyzer, String text) {
    List<String> terms = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return terms;
    }
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException impossible) {
      throw new UncheckedIOException("Reading a string failed", impossible);
    }
    return terms;
  }

  private static Analyzer build(AnalysisChain chain) {
    try {
      var builder = CustomAnalyzer.builder(new ClasspathResourceLoader(CustomAnalyzer.class.getClassLoader())).withTokenizer(chain.tokenizer());
      for (AnalysisChain.Step filter : chain.filters()) {
        builder.addTokenFilter(filter.factory(), new HashMap<>(filter.params()));
      }
      return builder.build();
    } catch (IOException missingResource) {
      throw new UncheckedIOException("Analyzer " + chain.name() + " could not load its resources", missingResource);
    }
  }

  @Override
  public void close() {
    analyzers.values().forEach(Analyzer::close);
    concepts.close();
  }
}
