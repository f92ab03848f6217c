package org.placette.matchmaking.internal.concept;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.placette.matchmaking.internal.analysis.Language;
import org.placette.matchmaking.internal.analysis.TextAnalyzers;

/**
 * Finds the thesaurus' concepts in a text. Terms and text go through the same language analyzer
 * as the index (case, accents, elision, stop words, light stemming), so "télérelèves" finds the
 * term "télérelève" and "îlots de chaleur" the term "îlot de chaleur". At each position the
 * longest term wins, so "chauffage urbain" is district heating, not heating control. A text is
 * read with its own language's terms, plus the multi-word terms of the other languages, since
 * jargon crosses languages ("smart grid" in French prose) while single words mislead ("red").
 * Acronyms (terms in capitals) match only capitals, so "LED" is not the English verb "led".
 * Thread-safe once built.
 */
public final class ConceptExtractor {

  private static final Logger LOG = Logger.getLogger(ConceptExtractor.class.getName());
  private static final Pattern RAW_TOKEN_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");

  private final ConceptThesaurus thesaurus;
  private final TextAnalyzers analyzers;
  private final Map<Language, TermTree> termsByLanguage = new EnumMap<>(Language.class);
  private final TermTree acronyms = new TermTree();

  public ConceptExtractor(ConceptThesaurus thesaurus, TextAnalyzers analyzers) {
    this.thesaurus = thesaurus;
    this.analyzers = analyzers;
    for (Language language : Language.values()) {
      termsByLanguage.put(language, new TermTree());
    }
    int unusable = 0;
    for (Concept concept : thesaurus.concepts()) {
      for (Language language : Language.values()) {
        for (String term : concept.terms(language)) {
          if (isAcronym(term)) {
            acronyms.add(rawTokens(term), concept.id(), term);
            continue;
          }
          List<String> tokens = analyzers.terms(language, term);
          if (tokens.isEmpty()) {
            unusable++;
            continue;
          }
          termsByLanguage.get(language).add(tokens, concept.id(), term);
        }
      }
    }
    if (unusable > 0) {
      int count = unusable;
      LOG.warning(() -> count + " thesaurus terms are only stop words and can never match");
    }
  }

  /** The concepts of a text written in {@code language}, most frequent first. */
  public List<ConceptMatch> extract(String text, Language language) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    Map<String, Found> found = new LinkedHashMap<>();
    termsByLanguage.get(language).scan(analyzers.terms(language, text), 1, found);
    for (Language other : Language.values()) {
      if (other != language) {
        termsByLanguage.get(other).scan(analyzers.terms(other, text), 2, found);
      }
    }
    acronyms.scan(rawTokens(text), 1, found);
    return found.entrySet().stream()
        .map(entry -> new ConceptMatch(entry.getKey(), thesaurus.concept(entry.getKey()).orElseThrow().theme(),
            entry.getValue().occurrences, List.copyOf(entry.getValue().terms)))
        .sorted((a, b) -> Integer.compare(b.occurrences(), a.occurrences()))
        .toList();
  }

  public ConceptThesaurus thesaurus() {
    return thesaurus;
  }

  static boolean isAcronym(String term) {
    return term.chars().anyMatch(Character::isUpperCase) && term.chars().noneMatch(Character::isLowerCase);
  }

  /** Case kept, accents dropped: "ZFE-m" gives [ZFE, m], "CO₂" and "CO2" are alike enough. */
  static List<String> rawTokens(String text) {
    String folded = DIACRITICS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    List<String> tokens = new ArrayList<>();
    for (String token : RAW_TOKEN_SEPARATORS.split(folded)) {
      if (!token.isEmpty()) {
        tokens.add(token);
      }
    }
    return tokens;
  }

  private static final class Found {
    int occurrences;
    final Set<String> terms = new LinkedHashSet<>();
  }

  /** Token sequences of the terms, as a trie, for longest-match scanning. */
  private static final class TermTree {
    private final Node root = new Node();

    void add(List<String> tokens, String conceptId, String term) {
      Node node = root;
      for (String token : tokens) {
        node = node.children.computeIfAbsent(token, t -> new Node());
      }
      if (node.conceptId == null) {
        node.conceptId = conceptId;
        node.term = term;
        node.length = tokens.size();
      }
    }

    void scan(List<String> tokens, int minimumLength, Map<String, Found> found) {
      int position = 0;
      while (position < tokens.size()) {
        Node node = root;
        Node longest = null;
        for (int i = position; i < tokens.size(); i++) {
          node = node.children.get(tokens.get(i));
          if (node == null) {
            break;
          }
          if (node.conceptId != null) {
            longest = node;
          }
        }
        if (longest != null && longest.length >= minimumLength) {
          Found entry = found.computeIfAbsent(longest.conceptId, id -> new Found());
          entry.occurrences++;
          entry.terms.add(longest.term);
          position += longest.length;
        } else {
          position++;
        }
      }
    }
  }

  private static final class Node {
    final Map<String, Node> children = new HashMap<>(4);
    String conceptId;
    String term;
    int length;
  }
}
