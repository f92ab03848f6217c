package org.placette.app.matchmaking;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A thread dump of the Liberty instance under test ({@code jcmd PID Thread.print}), for a failure
 * that only shows while the server is up: a pipeline that stops moving says why in its threads.
 * The build's instances keep their pid under {@code placette.home} (liberty/ for embedded,
 * liberty-scale/ for scale); elsewhere (a bench on a stack of its own) there is nothing to dump.
 */
final class ServerThreads {

  private ServerThreads() {}

  /**
   * Writes the whole dump beside the failsafe reports and answers its path with the stacks that
   * run Placette's own code, or why there is no dump.
   */
  static String dumpPlacetteThreads() {
    String home = System.getProperty("placette.home");
    if (home == null) {
      return "(no thread dump: not run by the build)";
    }
    String instance = "scale".equals(System.getProperty("placette.profile")) ? "liberty-scale" : "liberty";
    try {
      String pid = Files.readString(Path.of(home, instance, ".pid", "placette.pid")).strip();
      Path dump = Path.of(home).resolveSibling("stall-threads-" + instance + "-" + Instant.now().toEpochMilli() + ".txt");
      Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), pid, "Thread.print")
          .redirectErrorStream(true).redirectOutput(dump.toFile()).start();
      if (!jcmd.waitFor(60, TimeUnit.SECONDS)) {
        jcmd.destroyForcibly();
        return "(jcmd did not answer within a minute)";
      }
      return "Thread dump: " + dump + "\n" + String.join("\n\n", placetteStacks(Files.readString(dump, StandardCharsets.UTF_8)));
    } catch (IOException failure) {
      return "(no thread dump: " + failure + ")";
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return "(no thread dump: interrupted)";
    }
  }

  private static List<String> placetteStacks(String dump) {
    List<String> stacks = new ArrayList<>();
    for (String thread : dump.split("\n\n")) {
      if (thread.contains("at org.placette.")) {
        stacks.add(thread.strip());
      }
    }
    return stacks;
  }
}
