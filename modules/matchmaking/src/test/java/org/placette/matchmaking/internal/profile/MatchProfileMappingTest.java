package org.placette.matchmaking.internal.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.placette.matchmaking.internal.analysis.Language;
import org.placette.matchmaking.internal.analysis.SearchBootstrap;

/**
 * The profile's mapping on the schema its migrations build (H2 in PostgreSQL mode, as the
 * embedded profile runs), indexed with the analyzers on the Lucene backend.
 */
class MatchProfileMappingTest {

  private static final String URL = "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
  private static SessionFactory sessionFactory;
  private static Connection keepAlive;
  private static final UUID METERING = UUID.randomUUID();

  @BeforeAll
  static void migrateThenBoot() throws Exception {
    keepAlive = DriverManager.getConnection(URL);
    for (String migration : List.of("V1__match_profile.sql", "V2__search_coordination_outbox.sql",
        "V3__profile_languages_concepts_territory.sql", "V4__matches_and_profile_pipeline.sql")) {
      run(keepAlive, "db/migration/matchmaking/" + migration);
    }
    sessionFactory = SearchBootstrap.lucene(URL, "validate");
    sessionFactory.inTransaction(session -> {
      MatchProfile profile = new SolutionProfile(METERING, "fr", "Télérelève des compteurs d'eau",
          "Les télérelèves quotidiennes signalent les fuites chez l'abonné.");
      profile.translated(Map.of(
          Language.EN, new String[] {"Remote reading of water meters", "Daily smart meter readings report leaks."},
          Language.ES, new String[] {"Telelectura de contadores de agua", "Las telelecturas diarias señalan las fugas."}));
      profile.conceptsFound(List.of("water.smart-metering", "water.leak"), List.of("water"), "v1");
      profile.locate("FR", "Île-de-France");
      profile.mature(8);
      profile.identify("x042", null, "Télérelève des compteurs d'eau");
      session.persist(profile);
      MatchProfile other = new SolutionProfile(UUID.randomUUID(), "en", "Cargo bikes", "Last mile deliveries.");
      session.persist(other);
    });
  }

  @AfterAll
  static void close() throws SQLException {
    sessionFactory.close();
    keepAlive.close();
  }

  @Test
  void findsTheOriginalThroughItsLanguageAnalyzer() {
    assertThat(ids("text_fr", "télérelève")).containsExactly(METERING);
    assertThat(ids("title_fr", "COMPTEUR")).containsExactly(METERING);
  }

  @Test
  void findsTheTranslationsInTheirOwnLanguageFields() {
    assertThat(ids("text_en", "meter leaking")).containsExactly(METERING);
    assertThat(ids("text_es", "las fugas")).containsExactly(METERING);
  }

  @Test
  void findsConceptsCountryAndRegionWhateverTheirCase() {
    assertThat(ids("concepts", "WATER.SMART-METERING")).containsExactly(METERING);
    List<MatchProfile> located = sessionFactory.fromTransaction(session -> Search.session(session).search(MatchProfile.class)
        .where(f -> f.and(f.match().field("country").matching("fr"), f.match().field("region").matching("ile-de-france"),
            f.range().field("trl").atLeast(7)))
        .fetchHits(10));
    assertThat(located).extracting(MatchProfile::id).containsExactly(METERING);
  }

  @Test
  void keepsTheTranslationStateOnTheRow() {
    MatchProfile stored = sessionFactory.fromTransaction(session -> session.find(MatchProfile.class, METERING));

    assertThat(stored.translationState()).isEqualTo(TranslationState.TRANSLATED);
    assertThat(stored.concepts()).containsExactly("water.smart-metering", "water.leak");
    assertThat(stored.titleIn(Language.EN)).isEqualTo("Remote reading of water meters");
  }

  private static List<UUID> ids(String field, String text) {
    return sessionFactory.fromTransaction(session -> Search.session(session).search(MatchProfile.class)
        .where(f -> f.match().field(field).matching(text))
        .fetchHits(10)).stream().map(MatchProfile::id).toList();
  }

  private static void run(Connection connection, String resource) throws IOException, SQLException {
    try (InputStream in = MatchProfileMappingTest.class.getClassLoader().getResourceAsStream(resource);
        Statement statement = connection.createStatement()) {
      String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
      for (String command : sql.split(";")) {
        if (!command.isBlank()) {
          statement.execute(command);
        }
      }
    }
  }
}
