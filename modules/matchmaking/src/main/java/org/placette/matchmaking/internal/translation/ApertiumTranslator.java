package org.placette.matchmaking.internal.translation;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.placette.matchmaking.internal.analysis.Language;

/**
 * Machine translation with the Apertium command line ({@code apertium -u MODE}, text on stdin,
 * translation on stdout). French and English have no direct pair: they pivot through Spanish, two
 * processes in a pipeline. Several texts go through one run, separated by a marker paragraph that
 * Apertium leaves alone, since starting the pipeline costs more than translating a need. Every
 * run has a deadline proportional to its length; a run that overruns is killed.
 */
public final class ApertiumTranslator {

  static final List<String> REQUIRED_MODES = List.of("fr-es", "es-fr", "eng-spa", "spa-eng");

  /** Apertium translates about 9,000 words/s on one core; this leaves a wide margin. */
  private static final int WORDS_PER_SECOND_AT_WORST = 1_000;
  private static final int MAX_WORDS_PER_RUN = 20_000;
  private static final String MARKER_PREFIX = "PLCTSEGMENT";
  private static final Pattern MARKER = Pattern.compile("\\s*" + MARKER_PREFIX + "\\d{6}\\s*");
  private static final Pattern WORDS = Pattern.compile("\\s+");

  private static final File NO_INPUT = new File(System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");

  private final String command;
  private final Duration minimumTimeout;

  /**
   * @param command the Apertium executable, a name on the PATH or a path
   * @param minimumTimeout the deadline of the shortest run; longer texts get more
   */
  public ApertiumTranslator(String command, Duration minimumTimeout) {
    this.command = Objects.requireNonNull(command, "command");
    this.minimumTimeout = Objects.requireNonNull(minimumTimeout, "minimumTimeout");
  }

  /** The modes from one language to another: one, or two through Spanish; none to itself. */
  static List<String> route(Language from, Language to) {
    return switch (from) {
      case FR -> switch (to) {
        case FR -> List.of();
        case ES -> List.of("fr-es");
        case EN -> List.of("fr-es", "spa-eng");
      };
      case ES -> switch (to) {
        case ES -> List.of();
        case FR -> List.of("es-fr");
        case EN -> List.of("spa-eng");
      };
      case EN -> switch (to) {
        case EN -> List.of();
        case ES -> List.of("eng-spa");
        case FR -> List.of("eng-spa", "es-fr");
      };
    };
  }

  /** Asks Apertium which modes it has. Never throws: a missing Apertium is a status too. */
  public TranslationStatus status() {
    Path listing = null;
    try {
      listing = Files.createTempFile("placette-apertium-", ".txt");
      Process process = new ProcessBuilder(command, "-l").redirectErrorStream(true)
          .redirectInput(ProcessBuilder.Redirect.from(NO_INPUT)).redirectOutput(listing.toFile()).start();
      if (!process.waitFor(minimumTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        return TranslationStatus.unavailable("'" + command + " -l' did not answer within " + minimumTimeout);
      }
      Set<String> modes = new LinkedHashSet<>();
      Files.readAllLines(listing, StandardCharsets.UTF_8).stream().map(String::trim).filter(line -> !line.isEmpty())
          .forEach(modes::add);
      return TranslationStatus.of(modes);
    } catch (IOException notInstalled) {
      return TranslationStatus.unavailable("Apertium ('" + command + "') cannot be run: " + notInstalled.getMessage());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return TranslationStatus.unavailable("Interrupted while asking Apertium for its modes");
    } finally {
      deleteQuietly(listing);
    }
  }

  /** Translates one text. */
  public String translate(String text, Language from, Language to) throws TranslationUnavailableException {
    return translate(List.of(text), from, to).get(0);
  }

  /** Translates texts, in order, in as few Apertium runs as their length allows. */
  public List<String> translate(List<String> texts, Language from, Language to) throws TranslationUnavailableException {
    List<String> route = route(from, to);
    if (route.isEmpty()) {
      return List.copyOf(texts);
    }
    List<String> translated = new ArrayList<>(texts.size());
    List<String> batch = new ArrayList<>();
    int batchWords = 0;
    for (String text : texts) {
      int words = wordCount(text);
      if (!batch.isEmpty() && batchWords + words > MAX_WORDS_PER_RUN) {
        translated.addAll(translateBatch(batch, batchWords, route));
        batch.clear();
        batchWords = 0;
      }
      batch.add(text);
      batchWords += words;
    }
    if (!batch.isEmpty()) {
      translated.addAll(translateBatch(batch, batchWords, route));
    }
    return translated;
  }

  private List<String> translateBatch(List<String> texts, int words, List<String> route)
      throws TranslationUnavailableException {
    StringBuilder input = new StringBuilder();
    for (int i = 0; i < texts.size(); i++) {
      if (i > 0) {
        input.append("\n\n").append(MARKER_PREFIX).append(String.format("%06d", i)).append("\n\n");
      }
      input.append(texts.get(i) == null ? "" : texts.get(i).replace(MARKER_PREFIX, ""));
    }
    String output = run(route, input.toString(), timeoutFor(words));
    List<String> pieces = Arrays.stream(MARKER.split(output, -1)).map(String::strip).toList();
    if (pieces.size() == texts.size()) {
      return pieces;
    }
    if (texts.size() == 1) {
      return List.of(output.strip());
    }
    // A marker was altered (never seen so far): fall back to one run per text rather than misalign.
    List<String> oneByOne = new ArrayList<>(texts.size());
    for (String text : texts) {
      oneByOne.add(run(route, text == null ? "" : text, timeoutFor(wordCount(text))).strip());
    }
    return oneByOne;
  }

  private Duration timeoutFor(int words) {
    return minimumTimeout.plusMillis(1_000L * words / WORDS_PER_SECOND_AT_WORST);
  }

  /*
   * The processes read and write files rather than pipes to this JVM: no thread has to pump
   * their streams (threads a Jakarta EE container would not manage), and nothing can block.
   */
  private String run(List<String> modes, String input, Duration timeout) throws TranslationUnavailableException {
    List<Path> files = new ArrayList<>();
    List<Process> processes = List.of();
    try {
      Path in = temp(files);
      Path out = temp(files);
      Files.writeString(in, input, StandardCharsets.UTF_8);
      List<ProcessBuilder> stages = new ArrayList<>();
      List<Path> errors = new ArrayList<>();
      for (String mode : modes) {
        Path error = temp(files);
        errors.add(error);
        stages.add(new ProcessBuilder(command, "-u", mode).redirectError(error.toFile()));
      }
      stages.get(0).redirectInput(in.toFile());
      stages.get(stages.size() - 1).redirectOutput(out.toFile());
      processes = ProcessBuilder.startPipeline(stages);
      long deadline = System.nanoTime() + timeout.toNanos();
      for (Process process : processes) {
        long left = deadline - System.nanoTime();
        if (left <= 0 || !process.waitFor(left, TimeUnit.NANOSECONDS)) {
          throw new TranslationUnavailableException("Apertium " + String.join(" | ", modes) + " did not finish within " + timeout);
        }
      }
      for (int i = 0; i < processes.size(); i++) {
        if (processes.get(i).exitValue() != 0) {
          throw new TranslationUnavailableException("Apertium " + modes.get(i) + " failed (exit " + processes.get(i).exitValue()
              + "): " + firstLine(Files.readString(errors.get(i), StandardCharsets.UTF_8).strip()));
        }
      }
      return Files.readString(out, StandardCharsets.UTF_8);
    } catch (IOException failure) {
      throw new TranslationUnavailableException("Apertium ('" + command + "') cannot be run: " + failure.getMessage(), failure);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new TranslationUnavailableException("Interrupted while translating", interrupted);
    } finally {
      processes.forEach(Process::destroyForcibly);
      files.forEach(ApertiumTranslator::deleteQuietly);
    }
  }

  private static Path temp(List<Path> files) throws IOException {
    Path file = Files.createTempFile("placette-apertium-", ".txt");
    files.add(file);
    return file;
  }

  private static void deleteQuietly(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // A temporary file left behind is harmless; the translation's outcome is what matters.
    }
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }

  private static int wordCount(String text) {
    return text == null || text.isBlank() ? 0 : WORDS.split(text.strip()).length;
  }
}
