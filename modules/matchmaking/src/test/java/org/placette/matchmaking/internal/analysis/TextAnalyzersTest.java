package org.placette.matchmaking.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TextAnalyzersTest {

  private static TextAnalyzers analyzers;

  @BeforeAll
  static void build() {
    analyzers = new TextAnalyzers();
  }

  @AfterAll
  static void close() {
    analyzers.close();
  }

  static Stream<AnalyzerExpectations.Case> cases() {
    return AnalyzerExpectations.CASES.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void analyzesAsEveryBackendMust(AnalyzerExpectations.Case expected) {
    assertThat(TextAnalyzers.terms(analyzer(expected.analyzer()), expected.text()))
        .as(expected.why())
        .containsExactlyElementsOf(expected.terms());
  }

  @Test
  void analyzesEachLanguageWithItsOwnAnalyzer() {
    assertThat(analyzers.terms(Language.FR, "les compteurs")).containsExactly("compt");
    assertThat(analyzers.terms(Language.EN, "the meters")).containsExactly("meter");
    assertThat(analyzers.terms(Language.ES, "los contadores")).containsExactly("contador");
  }

  @Test
  void answersNoTermForBlankText() {
    assertThat(analyzers.terms(Language.FR, "  ")).isEmpty();
    assertThat(analyzers.terms(Language.FR, null)).isEmpty();
  }

  private static Analyzer analyzer(String name) {
    return switch (name) {
      case AnalyzerNames.FRENCH_TEXT -> analyzers.analyzer(Language.FR);
      case AnalyzerNames.ENGLISH_TEXT -> analyzers.analyzer(Language.EN);
      case AnalyzerNames.SPANISH_TEXT -> analyzers.analyzer(Language.ES);
      case AnalyzerNames.CONCEPTS -> analyzers.concepts();
      default -> throw new IllegalArgumentException(name);
    };
  }
}
