package org.placette.app.projects;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.placette.testkit.TestServers;
import org.placette.testkit.Tokens;

/**
 * Steps the projects tests share: tokens of the demo users, the demo organisations (imported
 * through the admin import, as the issue asks), and needs and solutions made through the API. Every
 * title and externalRef it makes is unique, so tests neither see each other's data nor depend on
 * their order.
 */
public final class ProjectsApi {

  static final String DEMO_AUTHORITY = "a0000000-0000-4000-8000-000000000001";
  static final String DEMO_STARTUP = "50000000-0000-4000-8000-000000000001";

  private ProjectsApi() {}

  static String admin() {
    return Tokens.forDemoUser("demo-admin");
  }

  public static String authority() {
    return Tokens.forDemoUser("demo-authority");
  }

  public static String startup() {
    return Tokens.forDemoUser("demo-startup");
  }

  static String portal() {
    return Tokens.forClient("demo-portal", "demo-portal-secret");
  }

  /** JSON of maps and lists (Groovy's writer, which RestAssured brings; the tests have no JSON-B). */
  public static String json(Object value) {
    return groovy.json.JsonOutput.toJson(value);
  }

  public static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  public static RequestSpecification as(String token) {
    RequestSpecification request = given().baseUri(TestServers.apiUrl()).contentType(ContentType.JSON);
    return token == null ? request : request.auth().oauth2(token);
  }

  static RequestSpecification anonymous() {
    return as(null);
  }

  /** The demo users' organisations, created verified with the ids their tokens carry (idempotent). */
  public static void demoOrganisations() {
    importCollection(Map.of("version", 1,
        "authorities", List.of(Map.of("id", "demo-a1", "placetteId", DEMO_AUTHORITY, "name", "Ville de Niort",
            "country", "FR", "region", "Nouvelle-Aquitaine", "city", "Niort", "population", 59500, "language", "fr")),
        "startups", List.of(Map.of("id", "demo-s1", "placetteId", DEMO_STARTUP, "name", "HydroSense",
            "country", "FR", "city", "Lyon", "website", "https://example.org/hydrosense", "language", "fr"))));
  }

  static JsonPath importCollection(Object collection) {
    return as(admin()).body(json(collection)).post("/admin/import").then().statusCode(200).extract().jsonPath();
  }

  static Map<String, Object> needInput(String title) {
    return Map.of("title", title,
        "problemStatement", "Le réseau d'eau potable perd un quart de son volume dans des fuites invisibles : " + title,
        "themes", List.of("water"),
        "territory", Map.of("country", "FR", "region", "Bretagne", "municipality", "Démoville"),
        "deadline", "2030-06-30",
        "language", "fr");
  }

  static Response createNeed(String token, Map<String, Object> input) {
    return as(token).body(json(input)).post("/needs");
  }

  /** A draft need of the demo authority; returns its id. */
  static String draftNeed(String token, String title) {
    return createNeed(token, needInput(title)).then().statusCode(201).extract().path("id");
  }

  public static String publishedNeed(String token, String title) {
    String id = draftNeed(token, title);
    as(token).post("/needs/" + id + "/publish").then().statusCode(200);
    return id;
  }

  static Map<String, Object> solutionInput(String title) {
    return Map.of("title", title,
        "summary", "Des capteurs acoustiques qui localisent les fuites du réseau d'eau.",
        "description", "Nos capteurs écoutent le réseau la nuit et signalent les fuites au mètre près : " + title,
        "themes", List.of("water"),
        "trl", 7,
        "references", List.of("Nantes"),
        "languages", List.of("fr"),
        "coverage", List.of("FR"),
        "language", "fr");
  }

  public static String publishedSolution(String token, String title) {
    String id = as(token).body(json(solutionInput(title))).post("/solutions").then().statusCode(201).extract().path("id");
    as(token).post("/solutions/" + id + "/publish").then().statusCode(200);
    return id;
  }

  /** The types of the journal entries about {@code subject}, oldest first. */
  static List<String> events(String subject) {
    return as(admin()).queryParam("subject", subject).queryParam("limit", 100).get("/admin/events")
        .then().statusCode(200).extract().path("items.type");
  }

  /** Every item of a list, following next until it is null. */
  static List<Map<String, Object>> all(String token, String path, Map<String, ?> query) {
    List<Map<String, Object>> items = new ArrayList<>();
    String cursor = null;
    do {
      RequestSpecification request = as(token).queryParams(query).queryParam("limit", 100);
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      JsonPath page = request.get(path).then().statusCode(200).extract().jsonPath();
      items.addAll(page.getList("items"));
      cursor = page.getString("next");
    } while (cursor != null);
    return items;
  }
}
