package org.placette.matchmaking.internal.evaluation;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A graded test collection in the format of {@code data/devset} (version 1): authorities, startups,
 * their needs and solutions, and {@code judgments: {needId: {solutionId: grade}}}.
 */
public record EvaluationCollection(List<Authority> authorities, List<Startup> startups, List<Need> needs,
    List<Solution> solutions, Map<String, Map<String, Integer>> judgments) {

  public record Authority(String id, String name, String country, String region, String city, String language) {}

  public record Startup(String id, String name, String country, String city, String language) {}

  public record Need(String id, String authority, String language, String title, String description) {}

  public record Solution(String id, String startup, String language, String title, String summary, String description,
      Integer trl, List<String> references) {}

  public EvaluationCollection {
    authorities = List.copyOf(authorities);
    startups = List.copyOf(startups);
    needs = List.copyOf(needs);
    solutions = List.copyOf(solutions);
    judgments = Map.copyOf(judgments);
  }

  public Solution solution(String id) {
    return solutionsById().get(id);
  }

  public Map<String, Solution> solutionsById() {
    return solutions.stream().collect(Collectors.toMap(Solution::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
  }

  public Map<String, Authority> authoritiesById() {
    return authorities.stream().collect(Collectors.toMap(Authority::id, Function.identity()));
  }

  public Map<String, Startup> startupsById() {
    return startups.stream().collect(Collectors.toMap(Startup::id, Function.identity()));
  }

  public static EvaluationCollection read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (IOException unreadable) {
      throw new UncheckedIOException("Cannot read the collection " + file, unreadable);
    }
  }

  public static EvaluationCollection read(InputStream json) {
    try (var reader = Json.createReader(json)) {
      JsonObject root = reader.readObject();
      int version = root.getInt("version", 0);
      if (version != 1) {
        throw new IllegalArgumentException("Unsupported collection version " + version + " (expected 1)");
      }
      List<Authority> authorities = root.getJsonArray("authorities").stream().map(JsonValue::asJsonObject)
          .map(o -> new Authority(o.getString("id"), o.getString("name"), o.getString("country"), o.getString("region", null),
              o.getString("city", null), o.getString("language", null)))
          .toList();
      List<Startup> startups = root.getJsonArray("startups").stream().map(JsonValue::asJsonObject)
          .map(o -> new Startup(o.getString("id"), o.getString("name"), o.getString("country"), o.getString("city", null),
              o.getString("language", null)))
          .toList();
      List<Need> needs = root.getJsonArray("needs").stream().map(JsonValue::asJsonObject)
          .map(o -> new Need(o.getString("id"), o.getString("authority"), o.getString("language"), o.getString("title"),
              o.getString("description")))
          .toList();
      List<Solution> solutions = root.getJsonArray("solutions").stream().map(JsonValue::asJsonObject)
          .map(o -> new Solution(o.getString("id"), o.getString("startup"), o.getString("language"), o.getString("title"),
              o.getString("summary", ""), o.getString("description"), o.containsKey("trl") ? o.getInt("trl") : null,
              o.containsKey("references")
                  ? o.getJsonArray("references").getValuesAs(jakarta.json.JsonString.class).stream()
                      .map(jakarta.json.JsonString::getString).toList()
                  : List.of()))
          .toList();
      Map<String, Map<String, Integer>> judgments = new LinkedHashMap<>();
      root.getJsonObject("judgments").forEach((needId, graded) -> {
        Map<String, Integer> grades = new LinkedHashMap<>();
        graded.asJsonObject().forEach((solutionId, grade) -> grades.put(solutionId, ((jakarta.json.JsonNumber) grade).intValue()));
        judgments.put(needId, grades);
      });
      return new EvaluationCollection(authorities, startups, needs, solutions, judgments);
    }
  }
}
