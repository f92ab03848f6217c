package org.placette.app.notifications;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.placette.app.projects.ProjectsApi.as;
import static org.placette.app.projects.ProjectsApi.json;
import static org.placette.app.projects.ProjectsApi.unique;

import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Emails through Liberty's mail session to a real SMTP server (GreenMail), read back from it. */
class EmailIT {

  private Dialogue.Member member;
  private String authority;

  @BeforeEach
  void aStartupMemberAndTheDemoAuthority() {
    member = Dialogue.newStartupMember();
    authority = Dialogue.authority();
  }

  @Test
  void emailsTheAnswerAsTextAndHtmlWithAOneClickUnsubscribe() throws Exception {
    String title = unique("emailed");
    Dialogue.questionAnswered(member, authority, Dialogue.need(authority, title));

    MimeMessage email = Mailbox.await(member.email(), 1).get(0);

    assertThat(email.getSubject()).isEqualTo("Réponse à votre question sur « " + title + " »");
    List<String> types = new ArrayList<>();
    MimeMultipart alternatives = (MimeMultipart) email.getContent();
    for (int i = 0; i < alternatives.getCount(); i++) {
      BodyPart part = alternatives.getBodyPart(i);
      types.add(part.getContentType().split(";")[0].toLowerCase(java.util.Locale.ROOT));
      assertThat((String) part.getContent()).contains(title);
    }
    assertThat(types).containsExactly("text/plain", "text/html");
    assertThat(email.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
    String unsubscribe = email.getHeader("List-Unsubscribe", null).replaceAll("\\s", "").replaceAll("^<|>$", "");

    given().get(unsubscribe).then().statusCode(200).contentType(containsString("text/html"));
    as(member.token()).get("/me/notification-preferences").then().body("channels", equalTo(List.of("INBOX", "EMAIL")));
    given().contentType("application/x-www-form-urlencoded").formParam("List-Unsubscribe", "One-Click")
        .post(unsubscribe).then().statusCode(200);
    as(member.token()).get("/me/notification-preferences").then().body("channels", equalTo(List.of("INBOX")));

    given().post(unsubscribe.replaceAll("token=[^&]*", "token=forged.token")).then().statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void writesInTheLanguageTheMemberChose() throws Exception {
    as(member.token()).body(json(Map.of("channels", List.of("EMAIL"), "minScore", 60, "frequency", "IMMEDIATE",
        "language", "es"))).put("/me/notification-preferences").then().statusCode(200);
    String title = unique("idioma");
    Dialogue.questionAnswered(member, authority, Dialogue.need(authority, title));

    assertThat(Mailbox.await(member.email(), 1).get(0).getSubject())
        .isEqualTo("Respuesta a su pregunta sobre «" + title + "»");
  }

  @Test
  void sendsNoEmailToAMemberWhoTurnedEmailsOff() throws Exception {
    as(member.token()).body(json(Map.of("channels", List.of("INBOX"), "minScore", 60, "frequency", "IMMEDIATE")))
        .put("/me/notification-preferences").then().statusCode(200);
    String need = Dialogue.need(authority, unique("quiet"));
    String quiet = Dialogue.questionAnswered(member, authority, need);
    Inboxes.await(member.token(), Inboxes.about("QUESTION_ANSWERED", "questionId", quiet));

    // Emails off, then on again: only the later answer is emailed, so the earlier one was not sent.
    as(member.token()).body(json(Map.of("channels", List.of("EMAIL"), "minScore", 60, "frequency", "IMMEDIATE")))
        .put("/me/notification-preferences").then().statusCode(200);
    Dialogue.questionAnswered(member, authority, need);
    Mailbox.await(member.email(), 1);
    Thread.sleep(1000);
    assertThat(Mailbox.messages(member.email())).hasSize(1);
  }

  @Test
  void deliversWhatWasWrittenWhileTheSmtpServerWasDownOnceItIsBack() throws Exception {
    String title = unique("outage");
    String need = Dialogue.need(authority, title);
    Mailbox.stopServer();
    try {
      String question = Dialogue.questionAnswered(member, authority, need);
      Inboxes.await(member.token(), Inboxes.about("QUESTION_ANSWERED", "questionId", question));
      // The dispatcher is woken by the commit: its first attempts meet a closed port.
      Thread.sleep(3000);
    } finally {
      Mailbox.startServer();
    }

    List<MimeMessage> received = Mailbox.await(member.email(), 1);
    Thread.sleep(1000);
    assertThat(Mailbox.messages(member.email())).hasSize(1);
    assertThat(received.get(0).getSubject()).contains(title);
  }
}
