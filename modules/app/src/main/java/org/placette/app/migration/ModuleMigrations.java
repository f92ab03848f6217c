package org.placette.app.migration;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Runs every module's Flyway migrations against one database. Each module owns its tables and
 * its own migration history ({@code db/migration/<module>}, table {@code schema_history_<module>}),
 * so modules version their schema independently; each history starts from a baseline 0, since
 * the schema already holds other modules' tables. The empty {@code flyway.location} file in each
 * folder is how Flyway finds a folder on Liberty's class loader, and how a module says it has
 * migrations.
 */
public final class ModuleMigrations {

  public static final List<String> MODULES = List.of("actors", "projects", "matchmaking", "notifications");

  /** What one module's migration did. */
  public record Outcome(String module, int migrationsExecuted, String schemaVersion) {}

  private ModuleMigrations() {}

  public static List<Outcome> migrate(DataSource dataSource, ClassLoader classLoader) {
    List<Outcome> outcomes = new ArrayList<>();
    for (String module : MODULES) {
      String location = "db/migration/" + module;
      if (classLoader.getResource(location + "/flyway.location") == null) {
        continue;
      }
      MigrateResult result = Flyway.configure(classLoader)
          .dataSource(dataSource)
          .locations("classpath:" + location)
          .callbackLocations("classpath:" + location)
          .table("schema_history_" + module)
          .baselineOnMigrate(true)
          .baselineVersion("0")
          .load()
          .migrate();
      outcomes.add(new Outcome(module, result.migrationsExecuted, result.targetSchemaVersion));
    }
    return outcomes;
  }
}
