package org.placette.app.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.placette.app.migration.SchemaMigrations;

/** Ready when the database answers and every module's schema is migrated. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

  @Resource(lookup = "jdbc/placette")
  private DataSource dataSource;

  @Inject private SchemaMigrations migrations;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("database").withData("schemaMigrated", migrations.complete());
    try (Connection connection = dataSource.getConnection()) {
      response.withData("product", connection.getMetaData().getDatabaseProductName());
      return response.status(connection.isValid(2) && migrations.complete()).build();
    } catch (SQLException unreachable) {
      return response.down().withData("error", unreachable.getMessage()).build();
    }
  }
}
