package org.placette.app.migration;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before the application serves anything. Each module owns its
 * tables and its own migration history ({@code db/migration/<module>}, table {@code
 * schema_history_<module>}), so modules version their schema independently; each history starts
 * from a baseline 0, since the schema already holds other modules' tables. The empty {@code
 * flyway.location} file in each folder is how Flyway finds a folder on Liberty's class loader, and
 * how this class knows the module has migrations. Hibernate never generates schema, in any profile.
 * A failed migration stops the deployment.
 */
@ApplicationScoped
public class SchemaMigrations {

  static final List<String> MODULES = List.of("actors", "projects", "matchmaking", "notifications");
  private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

  @Resource(lookup = "jdbc/placette")
  private DataSource dataSource;

  private volatile boolean complete;

  void migrateOnStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    ClassLoader classLoader = getClass().getClassLoader();
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
      if (result.migrationsExecuted > 0) {
        LOG.info(() -> "Schema of module " + module + " migrated to version " + result.targetSchemaVersion
            + " (" + result.migrationsExecuted + " migrations)");
      }
    }
    complete = true;
  }

  public boolean complete() {
    return complete;
  }
}
