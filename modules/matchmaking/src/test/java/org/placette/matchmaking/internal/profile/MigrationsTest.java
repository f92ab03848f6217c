package org.placette.matchmaking.internal.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Flyway refuses to start on two migrations of one version: catch it here, not at deployment. */
class MigrationsTest {

  @Test
  void givesEveryMigrationOfTheModuleItsOwnVersion() throws Exception {
    List<String> versions;
    try (Stream<Path> files = Files.list(folder())) {
      versions = files.map(file -> file.getFileName().toString())
          .filter(name -> name.matches("V\\d+__.+\\.sql"))
          .map(name -> name.substring(0, name.indexOf("__")))
          .toList();
    }
    assertThat(versions).isNotEmpty().doesNotHaveDuplicates();
  }

  private static Path folder() throws URISyntaxException {
    return Path.of(MigrationsTest.class.getClassLoader().getResource("db/migration/matchmaking/flyway.location").toURI())
        .getParent();
  }
}
