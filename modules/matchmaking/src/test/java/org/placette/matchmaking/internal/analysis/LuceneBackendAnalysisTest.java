package org.placette.matchmaking.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.hibernate.SessionFactory;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The analyzers as the Lucene backend builds them from the persistence unit's configurer. */
class LuceneBackendAnalysisTest {

  private static SessionFactory sessionFactory;
  private static LuceneBackend backend;

  @BeforeAll
  static void boot() {
    sessionFactory = SearchBootstrap.lucene();
    backend = Search.mapping(sessionFactory).backend().unwrap(LuceneBackend.class);
  }

  @AfterAll
  static void close() {
    sessionFactory.close();
  }

  static Stream<AnalyzerExpectations.Case> cases() {
    return AnalyzerExpectations.CASES.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void analyzesAsEveryBackendMust(AnalyzerExpectations.Case expected) {
    Analyzer analyzer = backend.analyzer(expected.analyzer()).orElseThrow();
    assertThat(TextAnalyzers.terms(analyzer, expected.text())).as(expected.why())
        .containsExactlyElementsOf(expected.terms());
  }

  @Test
  void normalizesKeywordsWithoutCaseOrAccents() {
    Analyzer normalizer = backend.normalizer(AnalyzerNames.FOLDED_KEYWORD).orElseThrow();
    assertThat(TextAnalyzers.terms(normalizer, "Île-de-France")).containsExactly("ile-de-france");
  }

  @Test
  void namesTheConfigurerThatServesBothBackends() {
    assertThat(SearchBootstrap.searchPropertiesOfTheMatchmakingUnit())
        .containsEntry("hibernate.search.backend.analysis.configurer", "class:" + PlacetteAnalysisConfigurer.class.getName());
  }
}
