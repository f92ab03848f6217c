package org.placette.app.migration;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Brings the schema up to date before the application serves anything (see {@link
 * ModuleMigrations}). Hibernate never generates schema, in any profile. A failed migration stops
 * the deployment rather than serving on a half-migrated schema.
 */
@ApplicationScoped
public class SchemaMigrations {

  private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

  @Resource(lookup = "jdbc/placette")
  private DataSource dataSource;

  private volatile boolean complete;

  /** Before every other start-up observer: they may read the tables. */
  void migrateOnStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) @Initialized(ApplicationScoped.class)
      Object started) {
    for (ModuleMigrations.Outcome outcome : ModuleMigrations.migrate(dataSource, getClass().getClassLoader())) {
      if (outcome.migrationsExecuted() > 0) {
        LOG.info(() -> "Schema of module " + outcome.module() + " migrated to version " + outcome.schemaVersion()
            + " (" + outcome.migrationsExecuted() + " migrations)");
      }
    }
    complete = true;
  }

  public boolean complete() {
    return complete;
  }
}
