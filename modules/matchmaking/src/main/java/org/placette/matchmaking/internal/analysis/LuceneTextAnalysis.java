package org.placette.matchmaking.internal.analysis;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisOptionalComponentsStep;

/** The analyzers of {@link AnalyzerNames} on the Lucene backend, built from {@link AnalysisChain}. */
public class LuceneTextAnalysis implements LuceneAnalysisConfigurer {

  @Override
  public void configure(LuceneAnalysisConfigurationContext context) {
    for (AnalysisChain chain : AnalysisChain.ANALYZERS) {
      LuceneAnalysisOptionalComponentsStep step = context.analyzer(chain.name()).custom().tokenizer(chain.tokenizer());
      for (AnalysisChain.Step filter : chain.filters()) {
        var parameters = step.tokenFilter(filter.factory());
        filter.params().forEach(parameters::param);
        step = parameters;
      }
    }
    LuceneAnalysisOptionalComponentsStep normalizer = context.normalizer(AnalyzerNames.FOLDED_KEYWORD).custom();
    for (AnalysisChain.Step filter : AnalysisChain.FOLDED_KEYWORD_FILTERS) {
      normalizer = normalizer.tokenFilter(filter.factory());
    }
  }
}
