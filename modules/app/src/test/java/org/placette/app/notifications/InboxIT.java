package org.placette.app.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.placette.app.projects.ProjectsApi.as;
import static org.placette.app.projects.ProjectsApi.json;
import static org.placette.app.projects.ProjectsApi.unique;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placette.app.projects.ProjectsApi;
import org.placette.testkit.Tokens;
import org.placette.testkit.WebhookReceiver;

/** The inbox and the preferences, fed by the real dialogue flows of the projects module. */
class InboxIT {

  private Dialogue.Member member;
  private String authority;

  @BeforeEach
  void aStartupMemberAndTheDemoAuthority() {
    member = Dialogue.newStartupMember();
    authority = Dialogue.authority();
  }

  @Test
  void tellsTheAskerOnceWhenTheAuthorityAnswers() throws Exception {
    String title = unique("answered");
    String need = Dialogue.need(authority, title);
    String question = Dialogue.questionAnswered(member, authority, need);

    Map<String, Object> told = Inboxes.await(member.token(), Inboxes.about("QUESTION_ANSWERED", "questionId", question));

    assertThat(told).containsEntry("needId", need).containsEntry("needTitle", title).containsEntry("read", false);
    assertThat(Inboxes.items(member.token())).filteredOn(item -> question.equals(item.get("questionId"))).hasSize(1);
    assertThat(Inboxes.unread(member.token())).isEqualTo(1);
  }

  @Test
  void tellsTheStartupHowItsExpressionOfInterestWasDecided() throws Exception {
    String need = Dialogue.need(authority, unique("decided"));
    String interest = Dialogue.interest(member, need, unique("solution"));
    Dialogue.decide(authority, interest, "shortlist");
    Dialogue.decide(authority, interest, "decline");

    Inboxes.await(member.token(), Inboxes.about("INTEREST_SHORTLISTED", "interestId", interest));
    Map<String, Object> declined =
        Inboxes.await(member.token(), Inboxes.about("INTEREST_DECLINED", "interestId", interest));
    assertThat(declined).containsEntry("reason", "Déjà équipés.").containsEntry("needId", need);
  }

  @Test
  void pagesNewestFirstFiltersUnreadAndMarksOneOrAllRead() throws Exception {
    String need = Dialogue.need(authority, unique("paging"));
    String first = Dialogue.questionAnswered(member, authority, need);
    String second = Dialogue.questionAnswered(member, authority, need);
    Inboxes.await(member.token(), Inboxes.about("QUESTION_ANSWERED", "questionId", first));
    Inboxes.await(member.token(), Inboxes.about("QUESTION_ANSWERED", "questionId", second));

    String next = as(member.token()).queryParam("limit", 1).get("/me/notifications").then().statusCode(200)
        .body("items", hasSize(1)).body("items[0].questionId", equalTo(second)).body("next", notNullValue())
        .extract().path("next");
    Number firstId = as(member.token()).queryParam("limit", 1).queryParam("cursor", next).get("/me/notifications")
        .then().statusCode(200).body("items[0].questionId", equalTo(first)).body("next", equalTo(null))
        .extract().path("items[0].id");

    as(member.token()).post("/me/notifications/" + firstId + "/read").then().statusCode(200).body("read", equalTo(true));
    as(member.token()).queryParam("unread", true).get("/me/notifications").then().statusCode(200)
        .body("items.questionId", equalTo(List.of(second)));
    assertThat(Inboxes.unread(member.token())).isEqualTo(1);

    as(member.token()).post("/me/notifications/read").then().statusCode(200).body("marked", equalTo(1));
    assertThat(Inboxes.unread(member.token())).isZero();
  }

  @Test
  void anotherMembersNotificationDoesNotExistForYou() throws Exception {
    String need = Dialogue.need(authority, unique("private"));
    String question = Dialogue.questionAnswered(member, authority, need);
    Number id = (Number) Inboxes.await(member.token(), Inboxes.about("QUESTION_ANSWERED", "questionId", question)).get("id");

    as(ProjectsApi.startup()).post("/me/notifications/" + id + "/read").then().statusCode(404)
        .contentType("application/problem+json");
    as(member.token()).post("/me/notifications/not-a-number/read").then().statusCode(404);
    as(null).get("/me/notifications").then().statusCode(401);
    as(Tokens.forDemoUser("demo-admin")).get("/me/notifications").then().statusCode(403);
  }

  @Test
  void sendsTheOrganisationsWebhookWhenTheMemberChoseIt() throws Exception {
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      as(member.token()).body(json(Map.of("url", receiver.url()))).put("/me/organisation/webhook")
          .then().statusCode(200);
      as(member.token()).body(json(Map.of("channels", List.of("INBOX", "WEBHOOK"), "minScore", 60,
          "frequency", "IMMEDIATE"))).put("/me/notification-preferences").then().statusCode(200);
      String question = Dialogue.questionAnswered(member, authority, Dialogue.need(authority, unique("hooked")));

      WebhookReceiver.Received delivery = receiver.await(
          received -> received.body().contains(question), 1, Inboxes.PATIENCE).get(0);

      assertThat(delivery.body()).contains("\"type\":\"placette.question.answered\"");
      assertThat(delivery.header("webhook-id")).startsWith("msg_");
    }
  }

  @Test
  void preferencesStartAtTheDefaultsAndAreReplacedWhole() {
    as(member.token()).get("/me/notification-preferences").then().statusCode(200)
        .body("channels", equalTo(List.of("INBOX", "EMAIL"))).body("minScore", equalTo(60))
        .body("themes", equalTo(List.of())).body("frequency", equalTo("IMMEDIATE")).body("language", equalTo("fr"));

    as(member.token()).body(json(Map.of("channels", List.of("INBOX", "WEBHOOK"), "minScore", 75,
            "themes", List.of("water", "mobility"), "frequency", "weekly", "language", "es")))
        .put("/me/notification-preferences").then().statusCode(200);

    as(member.token()).get("/me/notification-preferences").then().statusCode(200)
        .body("channels", equalTo(List.of("INBOX", "WEBHOOK"))).body("minScore", equalTo(75))
        .body("themes", equalTo(List.of("water", "mobility"))).body("frequency", equalTo("WEEKLY"))
        .body("language", equalTo("es"));
  }

  @Test
  void namesEveryWrongFieldOfThePreferences() {
    as(member.token()).body(json(Map.of("channels", List.of("EMAIL", "PIGEON"), "minScore", 120,
            "themes", List.of("water", "astrology"), "frequency", "HOURLY", "language", "de")))
        .put("/me/notification-preferences").then().statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItems("channels[1]", "minScore", "themes[1]", "frequency", "language"))
        .body("errors", hasSize(5));
    as(member.token()).body("{}").put("/me/notification-preferences").then().statusCode(400)
        .body("errors.field", hasItems("channels", "minScore", "frequency"));
  }
}
