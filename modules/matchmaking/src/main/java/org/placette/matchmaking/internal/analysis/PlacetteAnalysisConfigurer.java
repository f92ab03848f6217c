package org.placette.matchmaking.internal.analysis;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The one analysis configurer the "matchmaking" persistence unit names, whatever its backend: each
 * backend asks for its own configurer type, and this class hands the request to that backend's
 * definitions. The backend is chosen by the Liberty profile alone, so no second setting has to be
 * kept in step with it (a Lucene configurer given to OpenSearch, or the reverse, fails at boot).
 */
public class PlacetteAnalysisConfigurer implements LuceneAnalysisConfigurer, ElasticsearchAnalysisConfigurer {

  private final LuceneTextAnalysis lucene = new LuceneTextAnalysis();
  private final ElasticsearchTextAnalysis elasticsearch = new ElasticsearchTextAnalysis();

  @Override
  public void configure(LuceneAnalysisConfigurationContext context) {
    lucene.configure(context);
  }

  @Override
  public void configure(ElasticsearchAnalysisConfigurationContext context) {
    elasticsearch.configure(context);
  }
}
