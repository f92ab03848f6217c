package org.placette.app.notifications;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.EmptyWebhookSecretException;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.placette.app.actors.Actors;
import org.placette.app.projects.ProjectsApi;
import org.placette.testkit.TestServers;
import org.placette.testkit.WebhookReceiver;

/**
 * The driver of {@code ./placette fault notifications}: a burst of notifications, the server killed
 * with SIGKILL while it dispatches them, then restarted on the same database. It passes when every
 * notification is in its recipient's inbox exactly once, every webhook message reached the receiver
 * at least once (under one webhook-id, every signature valid), and the outbox holds nothing pending
 * or dead.
 *
 * <p>The burst goes through the real flows: startup members whose organisations have a webhook
 * (this process's receiver, slowed down so that dispatch lags behind) ask questions on the demo
 * authority's needs, then the authority answers them all, many at a time; each answer tells its
 * asker in the inbox and on the webhook. Once most answers are in and a tenth of the webhooks
 * delivered, the receiver holds the next delivery unanswered and the server is killed: at least that
 * one must come again. The launcher owns the server: this driver asks for the kill with a line
 * {@code @kill} on its output and reads {@code killed}, then {@code restarted}, on its input. Answers
 * the kill cut off are sent again with their Idempotency-Key, as a client would: each had either
 * committed (the server replays its answer) or not (it is answered now).
 *
 * <p>{@code java -Dplacette.url=URL -Dkeycloak.url=URL NotificationCrash JDBC_URL [BURST]}
 */
public final class NotificationCrash {

  private static final Logger LOG = Logger.getLogger(NotificationCrash.class.getName());
  private static final int MEMBERS = 4;
  private static final int NEEDS = 4;
  /** Answers in flight at once: more than the dispatcher's four workers deliver, so the outbox fills. */
  private static final int IN_FLIGHT = 16;
  /** Longer than the kill takes, so that the server dies waiting for the answer. */
  private static final Duration HELD_DELIVERY = Duration.ofSeconds(30);
  private static final Duration RECEIVER_FASTEST = Duration.ofMillis(20);
  private static final Duration RECEIVER_SLOWEST = Duration.ofMillis(50);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
  /** After the restart, for the last leases to expire and the backlog to drain. */
  private static final Duration PATIENCE = Duration.ofSeconds(240);
  private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);
  private static final String ANSWER = "Oui, les équipes de nuit de la régie participent.";
  private static final int SHOWN_PROBLEMS = 10;

  /** A member asking questions, and how their organisation's webhooks are signed. */
  private record Asker(Dialogue.Member member, Webhook signatures) {}

  private record Question(String id, String needId, Asker asker) {}

  private final WebhookReceiver receiver;
  private final String jdbcUrl;
  private final int burst;
  private final BufferedReader launcher = new BufferedReader(new InputStreamReader(System.in, UTF_8));
  private final long started = System.nanoTime();
  private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
  private final Map<String, String> refused = new ConcurrentHashMap<>();
  private final Set<String> cutByTheKill = ConcurrentHashMap.newKeySet();
  private HttpClient http = newClient();

  private NotificationCrash(WebhookReceiver receiver, String jdbcUrl, int burst) {
    this.receiver = receiver;
    this.jdbcUrl = jdbcUrl;
    this.burst = burst;
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: NotificationCrash JDBC_URL [BURST] (with -Dplacette.url and -Dkeycloak.url)");
      System.exit(2);
    }
    int burst = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    boolean passed;
    try (WebhookReceiver receiver = new WebhookReceiver().slowedTo(RECEIVER_FASTEST, RECEIVER_SLOWEST)) {
      passed = new NotificationCrash(receiver, args[0], burst).run();
    } catch (Exception | AssertionError broken) {
      LOG.log(Level.SEVERE, "The scenario broke off", broken);
      passed = false;
    }
    System.exit(passed ? 0 : 1);
  }

  private boolean run() throws Exception {
    say("setting up %d startup members (webhook to %s, channels INBOX and WEBHOOK) and %d needs", MEMBERS,
        receiver.url(), NEEDS);
    List<Asker> askers = new ArrayList<>();
    for (int i = 0; i < MEMBERS; i++) {
      askers.add(asker());
    }
    String authority = Dialogue.authority();
    List<String> needs = new ArrayList<>();
    for (int i = 0; i < NEEDS; i++) {
      needs.add(Dialogue.need(authority, ProjectsApi.unique("Fault burst")));
    }
    List<Question> questions = ask(askers, needs);
    say("%d questions asked; the authority answers them, %d at a time; the receiver takes %d-%d ms a webhook",
        questions.size(), IN_FLIGHT, RECEIVER_FASTEST.toMillis(), RECEIVER_SLOWEST.toMillis());

    Semaphore slots = new Semaphore(IN_FLIGHT);
    AtomicBoolean serverGone = new AtomicBoolean();
    CompletableFuture<Void> answering = CompletableFuture.runAsync(() -> answer(questions, authority, slots, serverGone));
    awaitKillIsDue();
    // A delivery the receiver has not answered is one the server cannot have recorded: the kill
    // lands while one is held, so that at least one webhook must come again after the restart.
    receiver.thenHangFor(HELD_DELIVERY);
    awaitHeldDelivery();
    say("%d webhook deliveries received, the last one held unanswered; %d answers acknowledged: asking for the kill",
        receiver.received().size(), acknowledged.size());
    System.out.println("@kill");
    System.out.flush();
    expect("killed");
    List<WebhookReceiver.Received> beforeKill = receiver.received();
    serverGone.set(true);
    answering.join();
    if (!slots.tryAcquire(IN_FLIGHT, 60, TimeUnit.SECONDS)) {
      throw new IllegalStateException("Answers still in flight a minute after the kill");
    }
    say("killed after %d webhook deliveries, with %d answers acknowledged and %d failing with it; %s",
        beforeKill.size(), acknowledged.size(), cutByTheKill.size(), leftByTheKill(beforeKill));
    expect("restarted");

    // Connections to the dead server are dead: start from a fresh pool.
    http = newClient();
    List<Question> unacknowledged = questions.stream()
        .filter(question -> !acknowledged.contains(question.id()) && !refused.containsKey(question.id())).toList();
    int replayed = resend(unacknowledged, ProjectsApi.authority());
    say("after the restart: the %d answers not acknowledged sent again, each with its Idempotency-Key: %d had"
        + " committed before the kill (replayed), %d answered now", unacknowledged.size(), replayed,
        unacknowledged.size() - replayed);

    return settle(questions, askers, beforeKill);
  }

  private Asker asker() throws EmptyWebhookSecretException {
    Dialogue.Member member = Dialogue.newStartupMember();
    String secret = ProjectsApi.as(member.token()).body(ProjectsApi.json(Map.of("url", receiver.url())))
        .put("/me/organisation/webhook").then().statusCode(200).extract().path("secret");
    ProjectsApi.as(member.token()).body(ProjectsApi.json(Map.of("channels", List.of("INBOX", "WEBHOOK"),
            "minScore", 60, "frequency", "IMMEDIATE")))
        .put("/me/notification-preferences").then().statusCode(200);
    return new Asker(member, new Webhook(secret));
  }

  private List<Question> ask(List<Asker> askers, List<String> needs) throws InterruptedException {
    Semaphore slots = new Semaphore(IN_FLIGHT);
    List<CompletableFuture<Question>> asked = new ArrayList<>();
    for (int i = 0; i < burst; i++) {
      Asker asker = askers.get(i % askers.size());
      String need = needs.get(i / askers.size() % needs.size());
      String text = "Question " + (i + 1) + " : les horaires de nuit sont-ils concernés ?";
      slots.acquire();
      asked.add(http.sendAsync(post(asker.member().token(), "/needs/" + need + "/questions", text, null),
              HttpResponse.BodyHandlers.ofString())
          .whenComplete((response, failure) -> slots.release())
          .thenApply(response -> new Question(created(response).getString("id"), need, asker)));
    }
    return asked.stream().map(CompletableFuture::join).toList();
  }

  /**
   * Fires the answers, {@link #IN_FLIGHT} at a time, until they are all sent or the server is gone,
   * as a client would stop at its first failure. Those in flight when the kill comes fail; they and
   * the ones never sent are sent again after the restart.
   */
  private void answer(List<Question> questions, String authority, Semaphore slots, AtomicBoolean serverGone) {
    for (Question question : questions) {
      if (serverGone.get()) {
        return;
      }
      slots.acquireUninterruptibly();
      http.sendAsync(answerRequest(authority, question), HttpResponse.BodyHandlers.ofString())
          .whenComplete((response, failure) -> {
            if (failure == null) {
              tellAcknowledged(question, response);
            } else {
              cutByTheKill.add(question.id());
              serverGone.set(true);
            }
            slots.release();
          });
    }
  }

  private void awaitKillIsDue() throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!killIsDue()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("Within " + PATIENCE + ", " + receiver.received().size() + " webhooks arrived and "
            + acknowledged.size() + " answers were acknowledged: is the dispatcher running?");
      }
      Thread.sleep(10);
    }
  }

  private void awaitHeldDelivery() throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (receiver.scripted() > 0) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("No webhook arrived within " + PATIENCE + " to be held");
      }
      Thread.sleep(5);
    }
  }

  /**
   * When most of the burst is written and a tenth delivered, so that the kill cuts into both the
   * writing and the dispatch; or at half delivered, should dispatch ever outpace the writing.
   */
  private boolean killIsDue() {
    int delivered = receiver.received().size();
    return delivered >= burst / 2 || delivered >= Math.max(1, burst / 10) && acknowledged.size() >= burst * 9 / 10;
  }

  private void tellAcknowledged(Question question, HttpResponse<String> response) {
    if (response.statusCode() == 200) {
      acknowledged.add(question.id());
    } else {
      refused.put(question.id(), "HTTP " + response.statusCode() + " " + response.body());
    }
  }

  /** Sends the answers again, many at a time; returns how many the server replayed. */
  private int resend(List<Question> questions, String authority) throws InterruptedException {
    Semaphore slots = new Semaphore(IN_FLIGHT);
    AtomicInteger replayed = new AtomicInteger();
    List<CompletableFuture<?>> sent = new ArrayList<>();
    for (Question question : questions) {
      slots.acquire();
      sent.add(http.sendAsync(answerRequest(authority, question), HttpResponse.BodyHandlers.ofString())
          .whenComplete((response, failure) -> {
            slots.release();
            if (failure != null) {
              refused.put(question.id(), "after the restart: " + failure);
              return;
            }
            tellAcknowledged(question, response);
            if (response.headers().firstValue("Idempotency-Replayed").filter("true"::equals).isPresent()) {
              replayed.incrementAndGet();
            }
          }));
    }
    CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).exceptionally(failure -> null).join();
    return replayed.get();
  }

  /** Waits, within {@link #PATIENCE}, until everything has arrived, then judges. */
  private boolean settle(List<Question> questions, List<Asker> askers, List<WebhookReceiver.Received> beforeKill)
      throws Exception {
    Map<String, Question> byId = new HashMap<>();
    questions.forEach(question -> byId.put(question.id(), question));
    Map<Asker, String> tokens = new HashMap<>();
    for (Asker asker : askers) {
      tokens.put(asker, Actors.signIn(asker.member().email()));
    }
    Deliveries deliveries = new Deliveries(byId);
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    long nextProgress = 0;
    InboxState inboxes;
    OutboxState outbox;
    while (true) {
      deliveries.read();
      inboxes = inboxes(questions, tokens);
      outbox = outbox();
      boolean settled = deliveries.questionsDelivered() == burst && inboxes.exactlyOnce() == burst
          && outbox.pending() == 0 && outbox.unnumbered() == 0;
      if (settled || System.nanoTime() > deadline) {
        break;
      }
      if (System.nanoTime() > nextProgress) {
        say("waiting: webhooks %d/%d, inbox %d/%d, outbox %d pending, %d inbox rows not yet numbered",
            deliveries.questionsDelivered(), burst, inboxes.exactlyOnce(), burst, outbox.pending(), outbox.unnumbered());
        nextProgress = System.nanoTime() + PROGRESS_EVERY.toNanos();
      }
      Thread.sleep(1000);
    }
    int deadLetters = ProjectsApi.as(Actors.admin()).queryParam("limit", 100).get("/admin/dead-letters")
        .then().statusCode(200).extract().jsonPath().getList("items").size();

    List<String> problems = new ArrayList<>();
    refused.forEach((question, why) -> problems.add("answer to question " + question + " refused: " + why));
    problems.addAll(deliveries.problems());
    questions.stream().filter(question -> !deliveries.delivered(question.id()))
        .forEach(question -> problems.add("no webhook for question " + question.id()));
    Set<String> idsBeforeKill = new HashSet<>();
    beforeKill.forEach(delivery -> idsBeforeKill.add(delivery.header("webhook-id")));
    List<WebhookReceiver.Received> received = receiver.received();
    long deliveredAgain = received.subList(beforeKill.size(), received.size()).stream()
        .filter(delivery -> idsBeforeKill.contains(delivery.header("webhook-id"))).count();
    if (deliveredAgain == 0) {
      problems.add("no webhook received before the kill came again after it, though one was held unanswered");
    }
    problems.addAll(inboxes.problems());
    if (inboxes.exactlyOnce() != burst) {
      problems.add((burst - inboxes.exactlyOnce()) + " notifications missing or repeated in the inboxes");
    }
    if (outbox.pending() > 0) {
      problems.add(outbox.pending() + " outbox entries still pending");
    }
    if (outbox.dead() > 0 || deadLetters > 0) {
      problems.add(Math.max(outbox.dead(), deadLetters) + " dead letters");
    }
    if (outbox.unnumbered() > 0) {
      problems.add(outbox.unnumbered() + " inbox rows never numbered by the sequencer");
    }
    say("outbox: %s; dead letters listed to administrators: %d", outbox.byStatus(), deadLetters);
    problems.stream().limit(SHOWN_PROBLEMS).forEach(problem -> say("FAILED: %s", problem));
    if (problems.size() > SHOWN_PROBLEMS) {
      say("... and %d more problems", problems.size() - SHOWN_PROBLEMS);
    }
    boolean passed = problems.isEmpty();
    System.out.printf(Locale.ROOT, "burst %d notifications; killed after %d webhook deliveries; after restart: inbox %d/%d"
            + " exactly once, webhooks %d/%d distinct ids (%d redelivered), dead letters %d; %s%n",
        burst, beforeKill.size(), inboxes.exactlyOnce(), burst, deliveries.distinctIds(), burst,
        deliveries.redelivered(), Math.max(outbox.dead(), deadLetters), passed ? "PASS" : "FAIL");
    return passed;
  }

  /**
   * What the receiver got, checked as it arrives (the signature carries a timestamp, valid for five
   * minutes): the question each message is about, under which webhook-id, signed with the secret of
   * the asker's organisation.
   */
  private final class Deliveries {

    private final Map<String, Question> questions;
    private final Map<String, Set<String>> idsByQuestion = new HashMap<>();
    private final List<String> problems = new ArrayList<>();
    private int read;

    Deliveries(Map<String, Question> questions) {
      this.questions = questions;
    }

    void read() {
      List<WebhookReceiver.Received> received = receiver.received();
      for (WebhookReceiver.Received delivery : received.subList(read, received.size())) {
        check(delivery);
      }
      read = received.size();
    }

    private void check(WebhookReceiver.Received delivery) {
      String webhookId = delivery.header("webhook-id");
      JsonObject body = Json.createReader(new StringReader(delivery.body())).readObject();
      JsonObject data = body.getJsonObject("data");
      Question question = data == null ? null : questions.get(data.getString("questionId", ""));
      if (question == null || !"placette.question.answered".equals(body.getString("type", ""))) {
        problems.add("unexpected webhook " + webhookId + ": " + delivery.body());
        return;
      }
      try {
        question.asker().signatures().verify(delivery.body(), delivery.headers());
      } catch (WebhookVerificationException forged) {
        problems.add("webhook " + webhookId + " fails verification: " + forged.getMessage());
      }
      Set<String> ids = idsByQuestion.computeIfAbsent(question.id(), id -> new LinkedHashSet<>());
      ids.add(webhookId);
      if (ids.size() == 2) {
        problems.add("question " + question.id() + " delivered under several webhook ids: " + ids);
      }
    }

    boolean delivered(String questionId) {
      return idsByQuestion.containsKey(questionId);
    }

    int questionsDelivered() {
      return idsByQuestion.size();
    }

    int distinctIds() {
      return idsByQuestion.values().stream().mapToInt(Set::size).sum();
    }

    int redelivered() {
      return read - distinctIds();
    }

    List<String> problems() {
      return problems;
    }
  }

  private record InboxState(int exactlyOnce, List<String> problems) {}

  /**
   * Every asker's whole inbox, page by page: each of their answered questions once, nothing else,
   * and an unread count that agrees.
   */
  private InboxState inboxes(List<Question> questions, Map<Asker, String> tokens)
      throws IOException, InterruptedException {
    int exactlyOnce = 0;
    List<String> problems = new ArrayList<>();
    for (Map.Entry<Asker, String> asker : tokens.entrySet()) {
      Set<String> expected = new HashSet<>();
      questions.stream().filter(question -> question.asker() == asker.getKey())
          .forEach(question -> expected.add(question.id()));
      List<JsonObject> items = inbox(asker.getValue());
      Map<String, Integer> perQuestion = new HashMap<>();
      Set<Long> ids = new HashSet<>();
      for (JsonObject item : items) {
        if (!ids.add(item.getJsonNumber("id").longValue())) {
          problems.add("notification id " + item.getJsonNumber("id") + " listed twice");
        }
        String question = item.get("questionId") instanceof JsonString id ? id.getString() : null;
        if (!"QUESTION_ANSWERED".equals(item.getString("kind")) || !expected.contains(question)) {
          problems.add("unexpected notification " + item);
        } else {
          perQuestion.merge(question, 1, Integer::sum);
        }
      }
      perQuestion.forEach((question, count) -> {
        if (count > 1) {
          problems.add("question " + question + " notified " + count + " times");
        }
      });
      int once = (int) perQuestion.values().stream().filter(count -> count == 1).count();
      exactlyOnce += once;
      if (once == expected.size()) {
        long unread = get(asker.getValue(), "/me/notifications/unread-count").getJsonNumber("unread").longValue();
        if (unread != items.size()) {
          problems.add("unread count " + unread + " for " + items.size() + " unread notifications");
        }
      }
    }
    return new InboxState(exactlyOnce, problems);
  }

  private List<JsonObject> inbox(String token) throws IOException, InterruptedException {
    List<JsonObject> items = new ArrayList<>();
    String cursor = null;
    do {
      JsonObject page = get(token, "/me/notifications?limit=100" + (cursor == null ? "" : "&cursor=" + cursor));
      page.getJsonArray("items").forEach(item -> items.add(item.asJsonObject()));
      cursor = page.get("next") instanceof JsonString next ? next.getString() : null;
    } while (cursor != null);
    return items;
  }

  private record OutboxState(Map<String, Integer> byStatus, int unnumbered) {

    int pending() {
      return byStatus.getOrDefault("PENDING", 0);
    }

    int dead() {
      return byStatus.getOrDefault("DEAD", 0);
    }
  }

  /**
   * What the dead server left in the outbox: entries waiting, and among them those it had leased,
   * some of which the receiver already has (they will come twice).
   */
  private String leftByTheKill(List<WebhookReceiver.Received> received) throws SQLException {
    Set<String> receivedIds = new HashSet<>();
    received.forEach(delivery -> receivedIds.add(delivery.header("webhook-id")));
    int pending = 0;
    int leased = 0;
    int leasedAndReceived = 0;
    try (Connection database = DriverManager.getConnection(jdbcUrl);
        Statement query = database.createStatement();
        ResultSet entries = query.executeQuery(
            "SELECT message_id, claimed_until IS NOT NULL FROM notifications_outbox WHERE status = 'PENDING'")) {
      while (entries.next()) {
        pending++;
        if (entries.getBoolean(2)) {
          leased++;
          if (receivedIds.contains(entries.getString(1))) {
            leasedAndReceived++;
          }
        }
      }
    }
    return String.format(Locale.ROOT, "the outbox holds %d pending entries, %d leased by the dead JVM, of which %d"
        + " already received", pending, leased, leasedAndReceived);
  }

  /** What no API shows: entries not yet delivered, and committed notifications not yet numbered. */
  private OutboxState outbox() throws SQLException {
    Map<String, Integer> byStatus = new TreeMap<>();
    try (Connection database = DriverManager.getConnection(jdbcUrl);
        Statement query = database.createStatement()) {
      try (ResultSet statuses = query.executeQuery("SELECT status, count(*) FROM notifications_outbox GROUP BY status")) {
        while (statuses.next()) {
          byStatus.put(statuses.getString(1), statuses.getInt(2));
        }
      }
      try (ResultSet unnumbered = query.executeQuery("SELECT count(*) FROM notifications_inbox WHERE seq IS NULL")) {
        unnumbered.next();
        return new OutboxState(byStatus, unnumbered.getInt(1));
      }
    }
  }

  /** HTTP/1.1: the default upgrade to HTTP/2 over cleartext left some requests unanswered. */
  private static HttpClient newClient() {
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
  }

  private HttpRequest answerRequest(String authority, Question question) {
    return post(authority, "/needs/" + question.needId() + "/questions/" + question.id() + "/answer", ANSWER,
        "answer-" + question.id());
  }

  private static HttpRequest post(String token, String path, String text, String idempotencyKey) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestServers.apiUrl() + path))
        .timeout(REQUEST_TIMEOUT)
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("text", text).build().toString()));
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    return request.build();
  }

  private JsonObject get(String token, String path) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(TestServers.apiUrl() + path))
        .timeout(REQUEST_TIMEOUT).header("Authorization", "Bearer " + token).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
    }
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  private static JsonObject created(HttpResponse<String> response) {
    if (response.statusCode() != 201) {
      throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode() + ": "
          + response.body());
    }
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  private void expect(String word) throws IOException {
    String line = launcher.readLine();
    if (!word.equals(line)) {
      throw new IllegalStateException("The launcher said '" + line + "' instead of '" + word + "'");
    }
  }

  private void say(String format, Object... arguments) {
    System.out.printf(Locale.ROOT, "    %5.1fs  %s%n", (System.nanoTime() - started) / 1e9,
        String.format(Locale.ROOT, format, arguments));
  }
}
