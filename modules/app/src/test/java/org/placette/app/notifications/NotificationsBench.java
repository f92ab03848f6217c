package org.placette.app.notifications;

import static org.placette.app.projects.ProjectsApi.admin;
import static org.placette.app.projects.ProjectsApi.as;
import static org.placette.app.projects.ProjectsApi.json;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.placette.app.matchmaking.MatchmakingBacklog;
import org.placette.app.projects.ProjectsApi;
import org.placette.testkit.WebhookReceiver;

/**
 * The driver of {@code ./placette bench notifications [SIZES]}: for each size, a need that matches
 * that many startups, then the publish → live stream latency for one subscriber.
 *
 * <p>Per size: that many startups, each with a published solution on one topic, are imported
 * through the admin import; each gets one member who wants every match in the inbox and on the
 * organisation's webhook (this process's receiver). Members and webhooks are written straight into
 * the database: creating thousands of Keycloak accounts would take the run and measure Keycloak.
 * Once matchmaking is idle, the demo authority publishes a need on the topic, and the bench
 * measures the time until every startup's member has the notification in the inbox (counted in the
 * database) and until the receiver has every webhook message, with the delivery rate.
 *
 * <p>Latency: a startup registered, verified and signed in through the real flows publishes a
 * solution and listens on its live stream; the authority publishes matching needs one after the
 * other, and each is timed from the publish request to its event on the stream.
 *
 * <p>{@code java -Dplacette.url=URL -Dkeycloak.url=URL NotificationsBench JDBC_URL SIZES}
 */
public final class NotificationsBench {

  private static final int LATENCY_SAMPLES = 40;
  /** A run that stops progressing for this long has failed. */
  private static final Duration STALL = Duration.ofMinutes(3);
  private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);
  private static final SecureRandom RANDOM = new SecureRandom();

  /** What one size's startups offer and its need asks for; each size has its own, so needs match only theirs. */
  private record Topic(String theme, String needTitle, String need, String solutionTitle, String solution) {}

  private static final List<Topic> TOPICS = List.of(
      new Topic("climate-adaptation", "Rafraîchir les cours d'école pendant les canicules",
          "Les cours d'école bitumées deviennent des îlots de chaleur : pendant les canicules la température"
              + " y dépasse 45 °C au sol. La commune veut désimperméabiliser et végétaliser ses cours, planter"
              + " des arbres, installer des ombrières et des fontaines, avec les enfants et les enseignants.",
          "Cours d'école végétalisées contre les îlots de chaleur",
          "Nous transformons les cours d'école bitumées en cours oasis : désimperméabilisation, plantation"
              + " d'arbres, ombrières, fontaines et jardins pédagogiques, conçus avec les enfants et les"
              + " enseignants pour rafraîchir les cours pendant les canicules et lutter contre les îlots de chaleur."),
      new Topic("waste", "Collecter les biodéchets des restaurants scolaires",
          "Les restaurants scolaires jettent chaque jour des tonnes de restes de repas. La commune doit trier"
              + " à la source ses biodéchets et cherche une collecte séparée, le compostage ou la méthanisation,"
              + " avec des bacs adaptés, des pesées et la sensibilisation des élèves au gaspillage alimentaire.",
          "Collecte et compostage des biodéchets de la restauration collective",
          "Notre service collecte les biodéchets des restaurants scolaires et de la restauration collective :"
              + " bacs adaptés, pesées du gaspillage alimentaire, compostage ou méthanisation, et ateliers de"
              + " sensibilisation des élèves au tri à la source des restes de repas."));

  private final String jdbcUrl;
  private final WebhookReceiver receiver;
  private final String run = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
  private final long started = System.nanoTime();

  private NotificationsBench(String jdbcUrl, WebhookReceiver receiver) {
    this.jdbcUrl = jdbcUrl;
    this.receiver = receiver;
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: NotificationsBench JDBC_URL SIZES (with -Dplacette.url and -Dkeycloak.url)");
      System.exit(2);
    }
    int[] sizes = Arrays.stream(args[1].split(",")).mapToInt(Integer::parseInt).toArray();
    if (sizes.length > TOPICS.size()) {
      System.err.println("At most " + TOPICS.size() + " sizes: each needs a topic of its own");
      System.exit(2);
    }
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      new NotificationsBench(args[0], receiver).run(sizes);
    }
    System.exit(0);
  }

  private void run(int[] sizes) throws Exception {
    Dialogue.authority();
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < sizes.length; i++) {
      rows.add(fanOut(sizes[i], TOPICS.get(i)));
    }
    long[] latencies = streamLatencies();
    System.out.println();
    System.out.println("           publish -> inbox (s)   publish -> webhooks (s)   webhook deliveries");
    System.out.println("startups   first       all        first       all           per second");
    rows.forEach(System.out::println);
    System.out.println();
    System.out.printf(Locale.ROOT, "publish -> live stream, %d needs, one subscriber: p50 %d ms, p95 %d ms, max %d ms%n",
        latencies.length, latencies[latencies.length / 2], latencies[latencies.length * 95 / 100],
        latencies[latencies.length - 1]);
  }

  private String fanOut(int size, Topic topic) throws Exception {
    say("%d startups on '%s': importing them with their solutions", size, topic.theme());
    List<UUID> startups = importStartups(size, topic);
    say("%d members and webhooks written to the database", writeMembersAndWebhooks(startups));
    MatchmakingBacklog.awaitEmpty(pending -> say("  matchmaking: %s", pending));

    say("the demo authority publishes the need; waiting for %d inbox entries and %d webhook messages", size, size);
    long begin = System.nanoTime();
    String need = publishedNeed(topic.needTitle() + " (" + run + ")", topic.need(), topic.theme());
    long published = System.nanoTime();
    long firstInbox = 0;
    long allInbox = 0;
    long firstWebhook = 0;
    long allWebhooks = 0;
    long lastProgress = System.nanoTime();
    long lastReport = System.nanoTime();
    long inboxSeen = 0;
    int webhooksSeen = 0;
    while (allInbox == 0 || allWebhooks == 0) {
      long inbox = inboxEntries(need);
      int webhooks = webhookMessages(need);
      long now = System.nanoTime();
      if (inbox > 0 && firstInbox == 0) {
        firstInbox = now;
      }
      if (inbox >= size && allInbox == 0) {
        allInbox = now;
      }
      if (webhooks > 0 && firstWebhook == 0) {
        firstWebhook = now;
      }
      if (webhooks >= size && allWebhooks == 0) {
        allWebhooks = now;
      }
      if (inbox > inboxSeen || webhooks > webhooksSeen) {
        inboxSeen = inbox;
        webhooksSeen = webhooks;
        lastProgress = now;
      } else if (now - lastProgress > STALL.toNanos()) {
        throw new IllegalStateException("No progress for " + STALL + ": " + inbox + " inbox entries and " + webhooks
            + " webhook messages of " + size + "; is the match limit (MATCHMAKING_MATCH_LIMIT) below " + size + "?");
      }
      if (now - lastReport > PROGRESS_EVERY.toNanos()) {
        say("  %.1f s: %d inbox entries, %d webhook messages", seconds(now - begin), inbox, webhooks);
        lastReport = now;
      }
      Thread.sleep(50);
    }
    say("  publish answered in %.2f s; all inbox entries after %.1f s, all webhooks after %.1f s", seconds(published - begin),
        seconds(allInbox - begin), seconds(allWebhooks - begin));
    return String.format(Locale.ROOT, "%8d   %6.1f   %8.1f      %6.1f   %8.1f        %8.0f", size, seconds(firstInbox - begin),
        seconds(allInbox - begin), seconds(firstWebhook - begin), seconds(allWebhooks - begin),
        size / Math.max(0.001, seconds(allWebhooks - firstWebhook)));
  }

  private List<UUID> importStartups(int size, Topic topic) {
    List<Map<String, Object>> startups = new ArrayList<>();
    List<Map<String, Object>> solutions = new ArrayList<>();
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      UUID id = UUID.randomUUID();
      ids.add(id);
      String ref = "bn-" + run + "-" + size + "-" + i;
      startups.add(Map.of("id", ref, "placetteId", id.toString(), "name", "Bench " + ref, "country", "FR",
          "city", "Lyon", "language", "fr"));
      solutions.add(Map.of("id", ref + "-x", "startup", ref, "language", "fr", "title", topic.solutionTitle() + " " + i,
          "summary", topic.solutionTitle(), "description", topic.solution(), "themes", List.of(topic.theme()), "trl", 8));
    }
    long begin = System.nanoTime();
    as(admin()).body(json(Map.of("version", 1, "startups", startups, "solutions", solutions)))
        .post("/admin/import").then().statusCode(200);
    say("  imported in %.1f s", seconds(System.nanoTime() - begin));
    return ids;
  }

  /** One member per startup who wants every match, in the inbox and on the organisation's webhook. */
  private int writeMembersAndWebhooks(List<UUID> startups) throws SQLException {
    Timestamp now = Timestamp.from(Instant.now());
    try (Connection database = DriverManager.getConnection(jdbcUrl)) {
      database.setAutoCommit(false);
      try (PreparedStatement member = database.prepareStatement("INSERT INTO actors_member (id, organisation_id, email,"
              + " first_name, last_name, language, org_role, status, keycloak_user_id, joined_at, version)"
              + " VALUES (?, ?, ?, 'Bench', ?, 'fr', 'ORG_ADMIN', 'ACTIVE', ?, ?, 0)");
          PreparedStatement preference = database.prepareStatement("INSERT INTO notifications_preference (subject, email,"
              + " webhook, min_score, themes, frequency, updated_at, version) VALUES (?, false, true, 20, '', 'IMMEDIATE', ?, 0)");
          PreparedStatement webhook = database.prepareStatement("INSERT INTO notifications_webhook (organisation_id, url,"
              + " secret, updated_at, version) VALUES (?, ?, ?, ?, 0)")) {
        int i = 0;
        for (UUID startup : startups) {
          String subject = "bench-" + UUID.randomUUID();
          member.setObject(1, UUID.randomUUID());
          member.setObject(2, startup);
          member.setString(3, subject + "@bench.example.org");
          member.setString(4, Integer.toString(i++));
          member.setString(5, subject);
          member.setTimestamp(6, now);
          member.addBatch();
          preference.setString(1, subject);
          preference.setTimestamp(2, now);
          preference.addBatch();
          webhook.setObject(1, startup);
          webhook.setString(2, receiver.url());
          webhook.setString(3, secret());
          webhook.setTimestamp(4, now);
          webhook.addBatch();
        }
        member.executeBatch();
        preference.executeBatch();
        webhook.executeBatch();
      }
      database.commit();
    }
    return startups.size();
  }

  /** Publish → live stream, for one subscriber whose solution the needs match. */
  private long[] streamLatencies() throws Exception {
    say("live stream: a startup registered, verified and signed in publishes a solution and subscribes");
    Dialogue.Member subscriber = Dialogue.newStartupMember();
    ProjectsApi.publishedSolution(subscriber.token(), "Écoute acoustique du réseau " + run);
    MatchmakingBacklog.awaitEmpty(pending -> say("  matchmaking: %s", pending));
    long[] latencies = new long[LATENCY_SAMPLES];
    try (SseClient stream = new SseClient(subscriber.token(), null)) {
      for (int i = 0; i < LATENCY_SAMPLES; i++) {
        String authority = ProjectsApi.authority();
        long begin = System.nanoTime();
        String need = ProjectsApi.publishedNeed(authority, "Fuites " + run + " " + i);
        SseClient.Event event;
        do {
          event = stream.next(STALL);
          if (event == null) {
            throw new IllegalStateException("No event on the live stream within " + STALL + " for need " + need);
          }
        } while (!event.data().contains(need));
        latencies[i] = (System.nanoTime() - begin) / 1_000_000;
        if ((i + 1) % 10 == 0) {
          say("  %d of %d needs seen on the stream, the last after %d ms", i + 1, LATENCY_SAMPLES, latencies[i]);
        }
      }
    }
    Arrays.sort(latencies);
    return latencies;
  }

  private String publishedNeed(String title, String problem, String theme) {
    String id = as(ProjectsApi.authority()).body(json(Map.of("title", title, "problemStatement", problem,
            "themes", List.of(theme), "territory", Map.of("country", "FR"), "language", "fr")))
        .post("/needs").then().statusCode(201).extract().path("id");
    as(ProjectsApi.authority()).post("/needs/" + id + "/publish").then().statusCode(200);
    return id;
  }

  private long inboxEntries(String need) throws SQLException {
    try (Connection database = DriverManager.getConnection(jdbcUrl);
        PreparedStatement count = database.prepareStatement("SELECT count(*) FROM notifications_inbox WHERE need_id = ?")) {
      count.setObject(1, UUID.fromString(need));
      try (ResultSet result = count.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    }
  }

  private int webhookMessages(String need) {
    Set<String> ids = new HashSet<>();
    for (WebhookReceiver.Received received : receiver.received()) {
      if (received.body().contains(need)) {
        ids.add(received.header("webhook-id"));
      }
    }
    return ids.size();
  }

  private static String secret() {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    return "whsec_" + Base64.getEncoder().encodeToString(key);
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  private void say(String format, Object... arguments) {
    System.out.printf(Locale.ROOT, "%7.1fs  %s%n", seconds(System.nanoTime() - started), String.format(Locale.ROOT, format, arguments));
  }
}
