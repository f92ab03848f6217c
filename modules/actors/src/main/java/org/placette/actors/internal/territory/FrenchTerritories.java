package org.placette.actors.internal.territory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The official French territories (communes, intercommunalities, departments, regions) built into
 * the module from {@code @etalab/decoupage-administratif}: a French authority is identified by one
 * of these codes, never by a name typed in.
 */
public final class FrenchTerritories {

  static final String RESOURCE = "/org/placette/actors/territories/fr-territories.tsv.gz";
  private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z0-9]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private final Map<TerritoryLevel, Map<String, FrenchTerritory>> byLevel = new EnumMap<>(TerritoryLevel.class);

  private FrenchTerritories() {
    for (TerritoryLevel level : TerritoryLevel.values()) {
      byLevel.put(level, new LinkedHashMap<>());
    }
  }

  /** Reads the resource the build generated; it is always there, so a failure is a broken build. */
  public static FrenchTerritories load() {
    try (InputStream in = FrenchTerritories.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing: the build generates it from npm (see modules/actors/pom.xml)");
      }
      return read(new GZIPInputStream(in));
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  static FrenchTerritories read(InputStream tsv) throws IOException {
    FrenchTerritories territories = new FrenchTerritories();
    BufferedReader reader = new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8));
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      TerritoryLevel level = TerritoryLevel.valueOf(cells[0]);
      List<String> departments = cells[5].isEmpty() ? List.of() : Arrays.asList(cells[5].split(","));
      FrenchTerritory territory = new FrenchTerritory(level, cells[1], cells[2], Integer.parseInt(cells[3]),
          blankToNull(cells[4]), departments, blankToNull(cells[6]));
      territories.byLevel.get(level).put(territory.code(), territory);
    }
    return territories;
  }

  public Optional<FrenchTerritory> find(TerritoryLevel level, String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(byLevel.get(level).get(code.trim()));
  }

  public int count(TerritoryLevel level) {
    return byLevel.get(level).size();
  }

  /** The territories above this one, nearest first: intercommunality, department(s), region. */
  public List<FrenchTerritory> parents(FrenchTerritory territory) {
    List<FrenchTerritory> parents = new ArrayList<>();
    if (territory.level() == TerritoryLevel.COMMUNE) {
      find(TerritoryLevel.INTERCOMMUNALITY, territory.intercommunalityCode()).ifPresent(parents::add);
    }
    if (territory.level() != TerritoryLevel.DEPARTMENT) {
      territory.departmentCodes().forEach(code -> find(TerritoryLevel.DEPARTMENT, code).ifPresent(parents::add));
    }
    if (territory.level() != TerritoryLevel.REGION) {
      find(TerritoryLevel.REGION, territory.regionCode()).ifPresent(parents::add);
    }
    return parents;
  }

  /**
   * Territories whose name contains every word of {@code query} (accents, case and hyphens
   * ignored), filtered and largest first: the usual way to find one's town.
   */
  public List<FrenchTerritory> search(TerritorySearch search) {
    String[] words = search.query() == null || search.query().isBlank() ? new String[0] : fold(search.query()).split(" ");
    Predicate<FrenchTerritory> matches = territory -> {
      String name = " " + fold(territory.name()) + " ";
      for (String word : words) {
        if (!name.contains(word)) {
          return false;
        }
      }
      return true;
    };
    Predicate<FrenchTerritory> inBounds = territory -> (search.minPopulation() == null
        || territory.population() >= search.minPopulation())
        && (search.maxPopulation() == null || territory.population() <= search.maxPopulation())
        && (search.departmentCode() == null || territory.departmentCodes().contains(search.departmentCode()))
        && (search.regionCode() == null || search.regionCode().equals(territory.regionCode()));
    List<TerritoryLevel> levels = search.level() == null ? List.of(TerritoryLevel.values()) : List.of(search.level());
    return levels.stream()
        .flatMap(level -> byLevel.get(level).values().stream())
        .filter(inBounds.and(matches))
        .sorted(Comparator.comparingInt(FrenchTerritory::population).reversed().thenComparing(FrenchTerritory::code))
        .limit(search.limit())
        .toList();
  }

  static String fold(String text) {
    String withoutMarks = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    return NOT_LETTERS.matcher(withoutMarks.toLowerCase(java.util.Locale.ROOT)).replaceAll(" ").trim();
  }

  private static String blankToNull(String text) {
    return text.isEmpty() ? null : text;
  }
}
