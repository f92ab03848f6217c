package org.placette.matchmaking.internal.analysis;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.placette.matchmaking.internal.match.Feedback;
import org.placette.matchmaking.internal.match.Match;
import org.placette.matchmaking.internal.profile.MatchProfile;
import org.placette.matchmaking.internal.profile.NeedProfile;
import org.placette.matchmaking.internal.profile.SolutionProfile;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Boots Hibernate ORM and Search outside Liberty, with the Hibernate Search properties the
 * "matchmaking" persistence unit declares (read from its persistence.xml, so the tests exercise
 * what is deployed) and a backend chosen by the test, as Liberty's profiles choose it.
 */
public final class SearchBootstrap {

  private SearchBootstrap() {}

  public static SessionFactory lucene() {
    return lucene("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1", "create-drop");
  }

  /** On a database whose schema the caller made (by the migrations), checked by Hibernate. */
  public static SessionFactory lucene(String jdbcUrl, String schemaAction) {
    return boot(jdbcUrl, schemaAction, Map.of(
        "hibernate.search.backend.type", "lucene",
        "hibernate.search.backend.directory.type", "local-heap",
        "hibernate.search.backend.lucene_version", "LATEST"));
  }

  static SessionFactory openSearch(String url) {
    return boot("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1", "create-drop", Map.of(
        "hibernate.search.backend.type", "elasticsearch",
        "hibernate.search.backend.uris", url,
        "hibernate.search.backend.version", "opensearch:2.19",
        "hibernate.search.backend.version_check.enabled", "false",
        "hibernate.search.schema_management.strategy", "drop-and-create-and-drop"));
  }

  private static SessionFactory boot(String jdbcUrl, String schemaAction, Map<String, String> backend) {
    Map<String, Object> settings = new HashMap<>(searchPropertiesOfTheMatchmakingUnit());
    settings.put("hibernate.connection.url", jdbcUrl);
    settings.put("hibernate.hbm2ddl.auto", schemaAction);
    settings.putAll(backend);
    var registry = new StandardServiceRegistryBuilder().applySettings(settings).build();
    return new MetadataSources(registry).addAnnotatedClass(MatchProfile.class).addAnnotatedClass(NeedProfile.class)
        .addAnnotatedClass(SolutionProfile.class).addAnnotatedClass(Match.class).addAnnotatedClass(Feedback.class).buildMetadata().buildSessionFactory();
  }

  static Map<String, String> searchPropertiesOfTheMatchmakingUnit() {
    try (InputStream xml = SearchBootstrap.class.getClassLoader().getResourceAsStream("META-INF/persistence.xml")) {
      var factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      NodeList properties = factory.newDocumentBuilder().parse(xml).getElementsByTagNameNS("*", "property");
      Map<String, String> found = new HashMap<>();
      for (int i = 0; i < properties.getLength(); i++) {
        Element property = (Element) properties.item(i);
        if (property.getAttribute("name").startsWith("hibernate.search.")) {
          found.put(property.getAttribute("name"), property.getAttribute("value"));
        }
      }
      return found;
    } catch (Exception unreadable) {
      throw new IllegalStateException("META-INF/persistence.xml of matchmaking is unreadable", unreadable);
    }
  }
}
