package org.placette.matchmaking.internal.concept;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.placette.matchmaking.internal.analysis.Language;

/**
 * The curated multilingual concepts, parsed from a versioned resource ({@code
 * thesaurus/concepts-v1.tsv}). A malformed file stops the start with the line at fault: a
 * thesaurus that silently lost concepts would silently lower match quality.
 */
public final class ConceptThesaurus {

  public static final String CURRENT_VERSION = "v1";
  private static final Pattern ID = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)+");
  private static final List<Language> COLUMNS = List.of(Language.FR, Language.EN, Language.ES);

  private final String version;
  private final Map<String, Concept> concepts;

  private ConceptThesaurus(String version, Map<String, Concept> concepts) {
    this.version = version;
    this.concepts = Collections.unmodifiableMap(concepts);
  }

  /** The thesaurus shipped with this version of Placette. */
  public static ConceptThesaurus current() {
    String resource = "thesaurus/concepts-" + CURRENT_VERSION + ".tsv";
    try (InputStream in = ConceptThesaurus.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("The concept thesaurus " + resource + " is missing from the class path");
      }
      return parse(CURRENT_VERSION, in);
    } catch (IOException unreadable) {
      throw new UncheckedIOException("The concept thesaurus " + resource + " is unreadable", unreadable);
    }
  }

  public static ConceptThesaurus parse(String version, InputStream tsv) throws IOException {
    Map<String, Concept> concepts = new LinkedHashMap<>();
    var reader = new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8));
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#") || line.startsWith("id\t")) {
        continue;
      }
      String[] columns = line.split("\t", -1);
      if (columns.length != 2 + COLUMNS.size()) {
        throw malformed(version, number, "expected 5 tab-separated columns, found " + columns.length);
      }
      String id = columns[0].trim();
      if (!ID.matcher(id).matches()) {
        throw malformed(version, number, "the id '" + id + "' is not of the form theme.name");
      }
      if (concepts.containsKey(id)) {
        throw malformed(version, number, "the id '" + id + "' is already used");
      }
      Map<Language, List<String>> terms = new EnumMap<>(Language.class);
      for (int i = 0; i < COLUMNS.size(); i++) {
        List<String> names = Arrays.stream(columns[2 + i].split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (names.isEmpty()) {
          throw malformed(version, number, "concept " + id + " has no " + COLUMNS.get(i).code() + " term");
        }
        terms.put(COLUMNS.get(i), names);
      }
      concepts.put(id, new Concept(id, columns[1].trim(), terms));
    }
    return new ConceptThesaurus(version, concepts);
  }

  private static IllegalArgumentException malformed(String version, int line, String problem) {
    return new IllegalArgumentException("Concept thesaurus " + version + ", line " + line + ": " + problem);
  }

  public String version() {
    return version;
  }

  public Collection<Concept> concepts() {
    return concepts.values();
  }

  public Optional<Concept> concept(String id) {
    return Optional.ofNullable(concepts.get(id));
  }

  public int size() {
    return concepts.size();
  }
}
