package org.placette.app.projects;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes a collection in the dev set's format with many solutions, to measure and test the bulk
 * import on files of ten megabytes and more. Texts are drawn from a small vocabulary per language,
 * with a fixed seed so two runs write the same file. {@code main(prefix, startups, solutions, file)}
 * is how the throughput figures were measured.
 */
public final class CollectionGenerator {

  private static final Map<String, List<String>> WORDS = Map.of(
      "fr", List.of("capteurs", "réseau", "eau", "fuites", "mobilité", "covoiturage", "déchets", "collecte", "énergie",
          "bâtiments", "chaleur", "citoyens", "participation", "budget", "éclairage", "voirie", "données", "tourisme",
          "inclusion", "numérique", "écoles", "santé", "plateforme", "application", "commune", "agglomération"),
      "en", List.of("sensors", "network", "water", "leaks", "mobility", "carpooling", "waste", "collection", "energy",
          "buildings", "heat", "citizens", "participation", "budget", "lighting", "roads", "data", "tourism",
          "inclusion", "digital", "schools", "health", "platform", "app", "town", "council"),
      "es", List.of("sensores", "red", "agua", "fugas", "movilidad", "coche", "residuos", "recogida", "energía",
          "edificios", "calor", "ciudadanos", "participación", "presupuesto", "alumbrado", "calles", "datos",
          "turismo", "inclusión", "digital", "escuelas", "salud", "plataforma", "aplicación", "municipio", "ayuntamiento"));
  private static final List<String> LANGUAGES = List.of("fr", "en", "es");

  private CollectionGenerator() {}

  public static void main(String[] args) throws IOException {
    write(Path.of(args[3]), args[0], Integer.parseInt(args[1]), Integer.parseInt(args[2]));
  }

  public static void write(Path file, String prefix, int startups, int solutions) throws IOException {
    Random random = new Random(42);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("{\"version\": 1, \"startups\": [\n");
      for (int s = 0; s < startups; s++) {
        String language = LANGUAGES.get(s % 3);
        out.write((s == 0 ? "" : ",\n") + "{\"id\": \"" + prefix + "-s" + s + "\", \"name\": \"Startup " + prefix + " " + s
            + "\", \"country\": \"" + (language.equals("es") ? "ES" : "FR") + "\", \"city\": \"Ville " + s
            + "\", \"language\": \"" + language + "\"}");
      }
      out.write("\n], \"solutions\": [\n");
      for (int x = 0; x < solutions; x++) {
        int startup = x % startups;
        String language = LANGUAGES.get(startup % 3);
        out.write((x == 0 ? "" : ",\n") + "{\"id\": \"" + prefix + "-x" + x + "\", \"startup\": \"" + prefix + "-s" + startup
            + "\", \"language\": \"" + language + "\", \"title\": \"" + words(random, language, 6)
            + "\", \"summary\": \"" + words(random, language, 20) + "\", \"description\": \"" + words(random, language, 110)
            + "\", \"trl\": " + (1 + random.nextInt(9)) + ", \"references\": [\"Ville " + random.nextInt(500) + "\"]}");
      }
      out.write("\n]}\n");
    }
  }

  private static String words(Random random, String language, int count) {
    List<String> vocabulary = WORDS.get(language);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append(i == 0 ? "" : " ").append(vocabulary.get(random.nextInt(vocabulary.size())));
    }
    return text.toString();
  }
}
