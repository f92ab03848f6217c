package org.placette.matchmaking.internal.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluatorTest {

  private static final String COLLECTION = """
      {"version": 1,
       "authorities": [{"id": "a1", "name": "Ville", "country": "FR", "region": "Bretagne", "city": "Rennes", "language": "fr"}],
       "startups": [{"id": "s1", "name": "One", "country": "FR", "city": "Nantes", "language": "fr"},
                    {"id": "s2", "name": "Two", "country": "ES", "city": "Bilbao", "language": "es"}],
       "needs": [{"id": "n1", "authority": "a1", "language": "fr", "title": "Fuites", "description": "Réduire les fuites"},
                 {"id": "n2", "authority": "a1", "language": "fr", "title": "Verre", "description": "Collecte du verre"}],
       "solutions": [{"id": "x1", "startup": "s1", "language": "fr", "title": "t", "summary": "s", "description": "d", "trl": 7, "references": ["Lyon"]},
                     {"id": "x2", "startup": "s2", "language": "es", "title": "t", "summary": "s", "description": "d", "trl": 5, "references": []},
                     {"id": "x3", "startup": "s2", "language": "es", "title": "t", "summary": "s", "description": "d", "trl": 9}],
       "judgments": {"n1": {"x1": 3, "x2": 2}, "n2": {"x3": 2, "x1": 1}}}
      """;

  @Test
  void readsACollection() {
    EvaluationCollection collection = collection();

    assertThat(collection.needs()).hasSize(2);
    assertThat(collection.solution("x1").references()).containsExactly("Lyon");
    assertThat(collection.solution("x3").references()).isEmpty();
    assertThat(collection.judgments().get("n1")).containsEntry("x1", 3);
  }

  @Test
  void averagesOverNeedsAndCountsCrossLingualPairsApart() {
    EvaluationReport report = Evaluator.evaluate("test", collection(), Map.of(
        "n1", List.of("x1", "x3", "x2"),
        "n2", List.of("x1", "x2")));

    assertThat(report.needs()).isEqualTo(2);
    assertThat(report.mrr()).isCloseTo((1.0 + 0.0) / 2, within(1e-12));
    assertThat(report.recall10()).isCloseTo((1.0 + 0.0) / 2, within(1e-12));
    assertThat(report.crossLingualPairs()).isEqualTo(2);
    assertThat(report.crossLingualRecall10()).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void scoresAMissingRankingAsNothingFound() {
    EvaluationReport report = Evaluator.evaluate("empty", collection(), Map.of());

    assertThat(report.ndcg10()).isZero();
    assertThat(report.mrr()).isZero();
    assertThat(report.row()).contains("nDCG@10 0.000");
  }

  private static EvaluationCollection collection() {
    return EvaluationCollection.read(new ByteArrayInputStream(COLLECTION.getBytes(StandardCharsets.UTF_8)));
  }
}
