package org.placette.app.notifications;

import static org.placette.app.projects.ProjectsApi.as;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Reads a member's inbox, waiting for what is on its way: notifications are numbered just after they commit. */
final class Inboxes {

  static final Duration PATIENCE = Duration.ofSeconds(20);

  private Inboxes() {}

  static List<Map<String, Object>> items(String token) {
    return as(token).queryParam("limit", 100).get("/me/notifications").then().statusCode(200)
        .extract().jsonPath().getList("items");
  }

  static Map<String, Object> await(String token, Predicate<Map<String, Object>> wanted) throws InterruptedException {
    return await(token, wanted, PATIENCE);
  }

  /** With a patience of its own, for what waits on background work such as translation and scoring. */
  static Map<String, Object> await(String token, Predicate<Map<String, Object>> wanted, Duration patience)
      throws InterruptedException {
    long deadline = System.nanoTime() + patience.toNanos();
    while (true) {
      List<Map<String, Object>> matching = items(token).stream().filter(wanted).toList();
      if (!matching.isEmpty()) {
        return matching.get(0);
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("No such notification within " + patience + "; the inbox holds " + items(token));
      }
      Thread.sleep(100);
    }
  }

  static Predicate<Map<String, Object>> about(String kind, String key, String value) {
    return item -> kind.equals(item.get("kind")) && value.equals(item.get(key));
  }

  static long unread(String token) {
    JsonPath count = as(token).get("/me/notifications/unread-count").then().statusCode(200).extract().jsonPath();
    return count.getLong("unread");
  }
}
