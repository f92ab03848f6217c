package org.placette.app.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Every module's migrations on the PostgreSQL server of the machine (127.0.0.1:5432), in a
 * database made for this test and dropped after it.
 */
class PostgresMigrationsIT {

  private static final String SERVER = System.getProperty("placette.postgres.url", "jdbc:postgresql://127.0.0.1:5432/");
  private static final String USER = System.getProperty("placette.postgres.user", "postgres");

  private final String database = "placette_it_" + UUID.randomUUID().toString().replace("-", "");

  @BeforeEach
  void createDatabase() throws SQLException {
    try (Connection admin = DriverManager.getConnection(SERVER + "postgres", USER, "");
        Statement statement = admin.createStatement()) {
      statement.execute("CREATE DATABASE " + database);
    }
  }

  @AfterEach
  void dropDatabase() throws SQLException {
    try (Connection admin = DriverManager.getConnection(SERVER + "postgres", USER, "");
        Statement statement = admin.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }
  }

  @Test
  void migratesEveryModuleFromScratchAndIsANoOpTheSecondTime() throws SQLException {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(SERVER + database);
    dataSource.setUser(USER);

    List<ModuleMigrations.Outcome> first = ModuleMigrations.migrate(dataSource, getClass().getClassLoader());
    List<ModuleMigrations.Outcome> second = ModuleMigrations.migrate(dataSource, getClass().getClassLoader());

    assertThat(first).extracting(ModuleMigrations.Outcome::module).contains("actors", "matchmaking");
    assertThat(first).allSatisfy(outcome -> assertThat(outcome.migrationsExecuted()).isPositive());
    assertThat(second).allSatisfy(outcome -> assertThat(outcome.migrationsExecuted()).isZero());
    assertThat(tables(dataSource)).contains("actors_organisation", "matchmaking_profile", "schema_history_actors",
        "schema_history_matchmaking");
  }

  private static List<String> tables(PGSimpleDataSource dataSource) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        ResultSet rows = connection.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
      while (rows.next()) {
        tables.add(rows.getString("TABLE_NAME"));
      }
    }
    return tables;
  }
}
