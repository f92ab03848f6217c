package org.placette.app.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.placette.testkit.TestServers;

/**
 * The crash test as CI runs it: {@code ./placette fault notifications} (see {@link
 * NotificationCrash}), which kills a server of its own in the middle of a burst. It needs no
 * instance of the test servers, only their Keycloak, so it runs once, in the scale execution.
 */
class NotificationCrashIT {

  /** Beyond the launcher's own bounded waits, in case one of its steps hangs. */
  private static final Duration LIMIT = Duration.ofMinutes(10);

  @Test
  void everyNotificationOutlivesTheServerKilledInTheMiddleOfABurst() throws Exception {
    assumeTrue("scale".equals(System.getProperty("placette.profile")),
        "The crash test starts its own scale instance: it runs once, in the scale execution");
    ProcessBuilder launcher = new ProcessBuilder(TestServers.root().resolve("placette").toString(), "fault",
        "notifications")
        .directory(TestServers.root().toFile())
        .redirectErrorStream(true);
    Map<String, String> environment = launcher.environment();
    environment.put("PLACETTE_HOME", System.getProperty("placette.home"));
    environment.put("PLACETTE_HTTP_PORT", System.getProperty("fault.http.port"));
    environment.put("PLACETTE_OPENSEARCH_PORT", System.getProperty("fault.opensearch.port"));
    environment.put("PLACETTE_KEYCLOAK_PORT", String.valueOf(URI.create(TestServers.keycloakUrl()).getPort()));

    Process run = launcher.start();
    List<String> output = new CopyOnWriteArrayList<>();
    Thread echo = new Thread(() -> {
      try (BufferedReader lines = run.inputReader()) {
        lines.lines().forEach(line -> {
          System.out.println(line);
          output.add(line);
        });
      } catch (IOException unreadable) {
        throw new UncheckedIOException(unreadable);
      }
    });
    echo.start();
    boolean finished = run.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS);
    if (!finished) {
      // The launcher waits for its driver before it handles a signal; its trap then stops what it started.
      run.descendants().forEach(ProcessHandle::destroy);
      run.destroy();
      run.waitFor(1, TimeUnit.MINUTES);
    }
    echo.join(Duration.ofSeconds(10).toMillis());

    assertThat(finished).as("the fault test finished within %s", LIMIT).isTrue();
    assertThat(run.exitValue()).as("exit status of ./placette fault notifications; its last lines:%n%s",
        String.join("\n", output.subList(Math.max(0, output.size() - 20), output.size()))).isZero();
  }
}
