package org.placette.matchmaking.internal.analysis;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analyzers of {@link AnalyzerNames} on OpenSearch, with the same behaviour as {@link
 * LuceneTextAnalysis}: OpenSearch's filters wrap the same Lucene classes, and its {@code _french_}
 * and {@code _spanish_} stop lists are the Snowball files the Lucene chains load. The node needs
 * the {@code analysis-common} module (see {@code ./placette opensearch}).
 */
public class ElasticsearchTextAnalysis implements ElasticsearchAnalysisConfigurer {

  @Override
  public void configure(ElasticsearchAnalysisConfigurationContext context) {
    context.tokenFilter("placette_french_stop").type("stop").param("stopwords", "_french_").param("ignore_case", true);
    context.tokenFilter("placette_french_stem").type("stemmer").param("language", "light_french");
    context.tokenFilter("placette_english_stop").type("stop").param("stopwords", "_english_").param("ignore_case", true);
    context.tokenFilter("placette_english_stem").type("stemmer").param("language", "light_english");
    context.tokenFilter("placette_spanish_stop").type("stop").param("stopwords", "_spanish_").param("ignore_case", true);
    context.tokenFilter("placette_spanish_stem").type("stemmer").param("language", "light_spanish");

    // OpenSearch's elision defaults to the French articles Lucene's ElisionFilterFactory uses.
    context.analyzer(AnalyzerNames.FRENCH_TEXT).custom()
        .tokenizer("standard")
        .tokenFilters("lowercase", "elision", "placette_french_stop", "asciifolding", "placette_french_stem");
    context.analyzer(AnalyzerNames.ENGLISH_TEXT).custom()
        .tokenizer("standard")
        .tokenFilters("placette_english_possessive", "lowercase", "placette_english_stop", "asciifolding",
            "placette_english_stem");
    context.tokenFilter("placette_english_possessive").type("stemmer").param("language", "possessive_english");
    context.analyzer(AnalyzerNames.SPANISH_TEXT).custom()
        .tokenizer("standard")
        .tokenFilters("lowercase", "placette_spanish_stop", "asciifolding", "placette_spanish_stem");
    context.analyzer(AnalyzerNames.CONCEPTS).custom()
        .tokenizer("whitespace")
        .tokenFilters("lowercase");
    context.normalizer(AnalyzerNames.FOLDED_KEYWORD).custom()
        .tokenFilters("lowercase", "asciifolding");
  }
}
