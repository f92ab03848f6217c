package org.placette.matchmaking.internal.evaluation;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.placette.matchmaking.internal.analysis.Language;
import org.placette.matchmaking.internal.analysis.TextAnalyzers;
import org.placette.matchmaking.internal.concept.ConceptExtractor;
import org.placette.matchmaking.internal.concept.ConceptThesaurus;
import org.placette.matchmaking.internal.scoring.LuceneCandidateIndex;
import org.placette.matchmaking.internal.scoring.MatchScorer;
import org.placette.matchmaking.internal.scoring.ProfileFactory;
import org.placette.matchmaking.internal.scoring.ProfileText;
import org.placette.matchmaking.internal.scoring.ScoredCandidate;
import org.placette.matchmaking.internal.scoring.ScorerSettings;
import org.placette.matchmaking.internal.scoring.ScoringProfile;
import org.placette.matchmaking.internal.translation.ApertiumTranslator;
import org.placette.matchmaking.internal.translation.TranslationUnavailableException;

/**
 * Evaluates the scorer on a collection without a server: Apertium translates every need and
 * solution (cached in a file, as the platform stores translations), the scorer runs over raw
 * Lucene, and the two baselines run beside it. What `./placette eval` does through the API, minus
 * the server, so that the method can be studied quickly.
 */
public final class OfflineEvaluation {

  private static final Logger LOG = Logger.getLogger(OfflineEvaluation.class.getName());

  private final EvaluationCollection collection;
  private final Map<String, Map<Language, String>> needTexts = new LinkedHashMap<>();
  private final Map<String, Map<Language, String>> solutionTitles = new LinkedHashMap<>();
  private final Map<String, Map<Language, String>> solutionBodies = new LinkedHashMap<>();
  private final Map<String, Map<Language, String>> needTitles = new LinkedHashMap<>();
  private final Map<String, Map<Language, String>> needBodies = new LinkedHashMap<>();

  private OfflineEvaluation(EvaluationCollection collection) {
    this.collection = collection;
  }

  /** Translates the collection, through the cache file when given. */
  public static OfflineEvaluation prepare(EvaluationCollection collection, Path translationCache) {
    var evaluation = new OfflineEvaluation(collection);
    var cache = new TranslationCache(translationCache, new ApertiumTranslator("apertium", Duration.ofSeconds(20)));
    for (EvaluationCollection.Need need : collection.needs()) {
      Language language = language(need.language());
      evaluation.needTitles.put(need.id(), cache.allLanguages(need.title(), language));
      evaluation.needBodies.put(need.id(), cache.allLanguages(need.description(), language));
    }
    for (EvaluationCollection.Solution solution : collection.solutions()) {
      Language language = language(solution.language());
      evaluation.solutionTitles.put(solution.id(), cache.allLanguages(solution.title() + ". " + solution.summary(), language));
      evaluation.solutionBodies.put(solution.id(), cache.allLanguages(solution.description(), language));
    }
    cache.translateMissing();
    cache.resolve(evaluation.needTitles);
    cache.resolve(evaluation.needBodies);
    cache.resolve(evaluation.solutionTitles);
    cache.resolve(evaluation.solutionBodies);
    cache.save();
    evaluation.needTitles.forEach((id, titles) -> {
      Map<Language, String> whole = new EnumMap<>(Language.class);
      titles.forEach((language, title) -> whole.put(language, title + "\n" + evaluation.needBodies.get(id).get(language)));
      evaluation.needTexts.put(id, whole);
    });
    return evaluation;
  }

  public Map<String, List<String>> placette(ScorerSettings settings, int depth) {
    Map<String, List<String>> rankings = new LinkedHashMap<>();
    score(settings, depth).forEach((need, scored) -> rankings.put(need, scored.stream().map(ScoredCandidate::id).toList()));
    return rankings;
  }

  /** The scorer's answers for every need, with their scores and explanations. */
  public Map<String, List<ScoredCandidate>> score(ScorerSettings settings, int depth) {
    try (var analyzers = new TextAnalyzers()) {
      var factory = new ProfileFactory(new ConceptExtractor(ConceptThesaurus.current(), analyzers), analyzers);
      Map<String, EvaluationCollection.Authority> authorities = collection.authoritiesById();
      Map<String, EvaluationCollection.Startup> startups = collection.startupsById();
      Map<String, ScoringProfile> solutions = new LinkedHashMap<>();
      for (EvaluationCollection.Solution solution : collection.solutions()) {
        EvaluationCollection.Startup startup = startups.get(solution.startup());
        solutions.put(solution.id(), factory.profile(solution.id(),
            texts(solutionTitles.get(solution.id()), solutionBodies.get(solution.id()), language(solution.language())),
            startup == null ? null : startup.country(), null, solution.trl()));
      }
      try (var index = new LuceneCandidateIndex(solutions.values(), analyzers)) {
        Function<java.util.Collection<String>, Map<String, ScoringProfile>> lookup =
            ids -> ids.stream().filter(solutions::containsKey).collect(Collectors.toMap(id -> id, solutions::get));
        var scorer = new MatchScorer(index, lookup, settings);
        Map<String, List<ScoredCandidate>> rankings = new LinkedHashMap<>();
        for (EvaluationCollection.Need need : collection.needs()) {
          EvaluationCollection.Authority authority = authorities.get(need.authority());
          ScoringProfile profile = factory.profile(need.id(),
              texts(needTitles.get(need.id()), needBodies.get(need.id()), language(need.language())),
              authority == null ? null : authority.country(), authority == null ? null : authority.region(), null);
          rankings.put(need.id(), scorer.score(profile, depth));
        }
        return rankings;
      }
    }
  }

  public Map<String, List<String>> baselineOriginal(int depth) {
    return LuceneBaselines.originalTexts(needBaselineTexts(), solutionBaselineTexts(), depth);
  }

  public Map<String, List<String>> baselineTranslated(int depth) {
    return LuceneBaselines.translatedTexts(needBaselineTexts(), solutionBaselineTexts(), depth);
  }

  private List<LuceneBaselines.Texts> needBaselineTexts() {
    return collection.needs().stream()
        .map(n -> new LuceneBaselines.Texts(n.id(), needTexts.get(n.id()), language(n.language()))).toList();
  }

  /** Title and description, as the issue defines the baselines (the summary is Placette's extra). */
  private List<LuceneBaselines.Texts> solutionBaselineTexts() {
    List<LuceneBaselines.Texts> texts = new ArrayList<>();
    for (EvaluationCollection.Solution solution : collection.solutions()) {
      Map<Language, String> byLanguage = new EnumMap<>(Language.class);
      Language original = language(solution.language());
      solutionBodies.get(solution.id()).forEach((language, body) -> byLanguage.put(language,
          (language == original ? solution.title() : solutionTitles.get(solution.id()).get(language)) + "\n" + body));
      texts.add(new LuceneBaselines.Texts(solution.id(), byLanguage, original));
    }
    return texts;
  }

  private static Map<Language, ProfileText> texts(Map<Language, String> titles, Map<Language, String> bodies, Language original) {
    Map<Language, ProfileText> texts = new EnumMap<>(Language.class);
    titles.forEach((language, title) -> texts.put(language,
        new ProfileText(language, title, bodies.get(language), language == original)));
    return texts;
  }

  private static Language language(String code) {
    return Language.ofCode(code).orElseThrow(() -> new IllegalArgumentException("Unsupported language " + code));
  }

  /**
   * Runs the evaluation: {@code COLLECTION.json [TRANSLATION_CACHE] [RANKINGS_OUT.json]}. Prints
   * the two baselines and Placette, in that order.
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      throw new IllegalArgumentException("usage: OfflineEvaluation COLLECTION.json [TRANSLATION_CACHE] [RANKINGS_OUT.json]");
    }
    EvaluationCollection collection = EvaluationCollection.read(Path.of(args[0]));
    Path cache = args.length > 1 ? Path.of(args[1]) : null;
    OfflineEvaluation evaluation = prepare(collection, cache);
    Map<String, List<String>> placette = evaluation.placette(ScorerSettings.defaults(), Evaluator.DEPTH);
    List<EvaluationReport> reports = List.of(
        Evaluator.evaluate("BM25, original texts", collection, evaluation.baselineOriginal(Evaluator.DEPTH)),
        Evaluator.evaluate("BM25, translated texts", collection, evaluation.baselineTranslated(Evaluator.DEPTH)),
        Evaluator.evaluate("Placette " + ScorerSettings.ALGORITHM_VERSION, collection, placette));
    StringBuilder table = new StringBuilder();
    reports.forEach(report -> table.append(report.row()).append('\n'));
    LOG.info(() -> "Offline evaluation on " + collection.needs().size() + " needs, " + collection.solutions().size()
        + " solutions:\n" + table);
    if (args.length > 2) {
      JsonObjectBuilder json = Json.createObjectBuilder();
      placette.forEach((need, ranking) -> json.add(need, Json.createArrayBuilder(ranking)));
      Files.writeString(Path.of(args[2]), json.build().toString(), StandardCharsets.UTF_8);
    }
  }

  /** Translations by source text and direction, kept in a properties file between runs. */
  private static final class TranslationCache {
    private final Path file;
    private final ApertiumTranslator translator;
    private final Properties known = new Properties();
    private final Map<String, List<String>> pending = new LinkedHashMap<>();

    TranslationCache(Path file, ApertiumTranslator translator) {
      this.file = file;
      this.translator = translator;
      if (file != null && Files.exists(file)) {
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          known.load(in);
        } catch (IOException unreadable) {
          throw new UncheckedIOException(unreadable);
        }
      }
    }

    /** The text in its language now, and placeholders (keys) for the other two until resolved. */
    Map<Language, String> allLanguages(String text, Language original) {
      Map<Language, String> versions = new EnumMap<>(Language.class);
      for (Language target : Language.values()) {
        if (target == original) {
          versions.put(target, text);
        } else {
          String key = key(original, target, text);
          versions.put(target, "\u0000" + key);
          if (!known.containsKey(key)) {
            pending.computeIfAbsent(original.code() + ">" + target.code(), d -> new ArrayList<>()).add(text);
          }
        }
      }
      return versions;
    }

    void translateMissing() {
      for (var direction : pending.entrySet()) {
        Language from = Language.ofCode(direction.getKey().substring(0, 2)).orElseThrow();
        Language to = Language.ofCode(direction.getKey().substring(3)).orElseThrow();
        List<String> texts = direction.getValue().stream().distinct().toList();
        LOG.info(() -> "Translating " + texts.size() + " texts " + from.code() + " -> " + to.code() + " with Apertium");
        try {
          List<String> translated = translator.translate(texts, from, to);
          for (int i = 0; i < texts.size(); i++) {
            known.setProperty(key(from, to, texts.get(i)), translated.get(i));
          }
        } catch (TranslationUnavailableException failed) {
          throw new IllegalStateException("Apertium is needed for the evaluation: " + failed.getMessage(), failed);
        }
      }
      pending.clear();
    }

    void resolve(Map<String, Map<Language, String>> texts) {
      texts.values().forEach(versions -> versions.replaceAll((language, value) ->
          value.startsWith("\u0000") ? known.getProperty(value.substring(1)) : value));
    }

    void save() {
      if (file == null) {
        return;
      }
      try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        known.store(out, "Apertium translations of an evaluation collection, by direction and text digest");
      } catch (IOException unwritable) {
        throw new UncheckedIOException(unwritable);
      }
    }

    private static String key(Language from, Language to, String text) {
      try {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        return from.code() + ">" + to.code() + ":" + HexFormat.of().formatHex(digest, 0, 12);
      } catch (NoSuchAlgorithmException impossible) {
        throw new IllegalStateException(impossible);
      }
    }
  }
}
