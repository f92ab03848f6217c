package org.placette.app.notifications;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.standardwebhooks.Webhook;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placette.testkit.TestServers;
import org.placette.testkit.Tokens;
import org.placette.testkit.WebhookReceiver;

/** Organisation webhooks, signed per the Standard Webhooks specification, against a real HTTP receiver. */
class WebhookIT {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private WebhookReceiver receiver;
  private String token;

  @BeforeEach
  void openReceiver() throws Exception {
    receiver = new WebhookReceiver();
    // A startup of its own per test: a retry left from the previous test would otherwise reach this
    // test's receiver, the organisation's webhook now, and take the answers scripted for this one.
    token = Dialogue.newStartupMember().token();
  }

  @AfterEach
  void closeReceiver() {
    receiver.close();
  }

  @Test
  void deliversATestEventThatTheSpecificationsOwnLibraryVerifies() throws Exception {
    String secret = configureWebhook(true);
    String messageId = sendTestEvent();

    WebhookReceiver.Received delivery = receiver.await(withId(messageId), 1, PATIENCE).get(0);

    new Webhook(secret).verify(delivery.body(), delivery.headers());
    assertThat(delivery.body()).contains("\"type\":\"placette.test\"");
    assertThat(Long.parseLong(delivery.header("webhook-timestamp")))
        .isCloseTo(System.currentTimeMillis() / 1000, org.assertj.core.data.Offset.offset(60L));
  }

  @Test
  void retriesAReceiverThatFailedWithTheSameId() throws Exception {
    configureWebhook(false);
    receiver.thenAnswer(500);
    String messageId = sendTestEvent();

    List<WebhookReceiver.Received> attempts = receiver.await(withId(messageId), 2, PATIENCE);

    assertThat(attempts).extracting(attempt -> attempt.header("webhook-id")).containsOnly(messageId);
  }

  @Test
  void retriesAReceiverThatHungPastTheReadTimeout() throws Exception {
    configureWebhook(false);
    receiver.thenHangFor(Duration.ofSeconds(4));
    String messageId = sendTestEvent();

    assertThat(receiver.await(withId(messageId), 2, PATIENCE)).hasSize(2);
  }

  @Test
  void keepsWhatCannotBeDeliveredAsADeadLetterThatAnAdminRedelivers() throws Exception {
    configureWebhook(false);
    receiver.thenAnswer(500).thenAnswer(500).thenAnswer(500);
    String messageId = sendTestEvent();
    receiver.await(withId(messageId), 3, PATIENCE);
    String admin = Tokens.forDemoUser("demo-admin");
    String deadLetterId = awaitDeadLetter(admin, messageId);

    given().auth().oauth2(admin).post(TestServers.apiUrl() + "/admin/dead-letters/" + deadLetterId + "/redeliver")
        .then().statusCode(202);

    assertThat(receiver.await(withId(messageId), 4, PATIENCE)).hasSize(4);
  }

  @Test
  void refusesTargetsInsideThePlatformsNetwork() {
    for (String url : List.of("http://169.254.169.254/latest/meta-data", "http://10.20.30.40/hook", "ftp://example.org/x")) {
      given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("url", url))
          .put(TestServers.apiUrl() + "/me/organisation/webhook")
          .then().statusCode(400)
          .contentType("application/problem+json")
          .body("errors.field", hasItem("url"));
    }
  }

  @Test
  void showsTheSecretOnlyWhenItIsNew() {
    configureWebhook(true);
    given().auth().oauth2(token).get(TestServers.apiUrl() + "/me/organisation/webhook")
        .then().statusCode(200)
        .body("url", equalTo(receiver.url()))
        .body("secret", nullValue());
  }

  @Test
  void aMemberWithoutOrganisationHasNoWebhookAndStrangersNone() {
    given().contentType(ContentType.JSON).body(Map.of("url", receiver.url()))
        .put(TestServers.apiUrl() + "/me/organisation/webhook")
        .then().statusCode(401);
    given().auth().oauth2(Tokens.forDemoUser("demo-admin")).post(TestServers.apiUrl() + "/me/organisation/webhook/test")
        .then().statusCode(403)
        .contentType("application/problem+json");
    given().auth().oauth2(token).get(TestServers.apiUrl() + "/admin/dead-letters")
        .then().statusCode(403);
  }

  private String configureWebhook(boolean rotateSecret) {
    return given().auth().oauth2(token).contentType(ContentType.JSON)
        .body(Map.of("url", receiver.url(), "rotateSecret", rotateSecret))
        .put(TestServers.apiUrl() + "/me/organisation/webhook")
        .then().statusCode(200)
        .body("url", equalTo(receiver.url()))
        .extract().path("secret");
  }

  private String sendTestEvent() {
    return given().auth().oauth2(token).post(TestServers.apiUrl() + "/me/organisation/webhook/test")
        .then().statusCode(202)
        .body("messageId", startsWith("msg_"))
        .extract().path("messageId");
  }

  private static java.util.function.Predicate<WebhookReceiver.Received> withId(String messageId) {
    return received -> messageId.equals(received.header("webhook-id"));
  }

  private static String awaitDeadLetter(String adminToken, String messageId) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (System.nanoTime() < deadline) {
      String id = given().auth().oauth2(adminToken).queryParam("limit", 100)
          .get(TestServers.apiUrl() + "/admin/dead-letters")
          .then().statusCode(200)
          .extract().path("items.find { it.messageId == '" + messageId + "' }.id");
      if (id != null) {
        return id;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("Message " + messageId + " never became a dead letter");
  }
}
