package org.placette.matchmaking.internal.match;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.placette.matchmaking.internal.scoring.MatchExplanation;
import org.placette.matchmaking.internal.scoring.MatchScorer;

/** The stored form of an explanation: compact JSON in the match row, read back to build the answer. */
final class ExplanationJson {

  private static final List<String> FACTORS =
      List.of(MatchScorer.TEXT, MatchScorer.CONCEPTS, MatchScorer.THEMES, MatchScorer.TERRITORY, MatchScorer.MATURITY);

  private ExplanationJson() {}

  static String write(MatchExplanation explanation) {
    JsonArrayBuilder terms = Json.createArrayBuilder();
    explanation.matchedTerms().forEach(terms::add);
    JsonArrayBuilder concepts = Json.createArrayBuilder();
    explanation.sharedConcepts().forEach(concepts::add);
    JsonObjectBuilder shares = Json.createObjectBuilder();
    for (String factor : FACTORS) {
      shares.add(factor, Math.round(explanation.factorShares().getOrDefault(factor, 0.0) * 1000) / 1000.0);
    }
    return Json.createObjectBuilder().add("terms", terms).add("concepts", concepts).add("shares", shares).build().toString();
  }

  static MatchExplanation read(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      JsonObject object = reader.readObject();
      List<String> terms = object.getJsonArray("terms").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
      List<String> concepts = object.getJsonArray("concepts").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
      Map<String, Double> shares = new LinkedHashMap<>();
      object.getJsonObject("shares").forEach((factor, value) -> shares.put(factor, object.getJsonObject("shares").getJsonNumber(factor).doubleValue()));
      return new MatchExplanation(terms, concepts, shares);
    }
  }
}
