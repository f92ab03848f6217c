package org.placette.app.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.placette.app.projects.ProjectsApi.as;
import static org.placette.app.projects.ProjectsApi.json;
import static org.placette.app.projects.ProjectsApi.unique;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.placette.testkit.Tokens;

/** Daily digests: what waited goes out in one email grouped by need, and an empty period sends nothing. */
class DigestIT {

  @Test
  void groupsWhatWaitedInOneEmailAndSendsNothingWhenNothingIsNew() throws Exception {
    Dialogue.Member member = Dialogue.newStartupMember();
    String authority = Dialogue.authority();
    as(member.token()).body(json(Map.of("channels", List.of("EMAIL"), "minScore", 60, "frequency", "DAILY")))
        .put("/me/notification-preferences").then().statusCode(200);
    String first = unique("digest-a");
    String second = unique("digest-b");
    String firstNeed = Dialogue.need(authority, first);
    String secondNeed = Dialogue.need(authority, second);
    List<String> questions = List.of(Dialogue.questionAnswered(member, authority, firstNeed),
        Dialogue.questionAnswered(member, authority, secondNeed), Dialogue.questionAnswered(member, authority, firstNeed));
    for (String question : questions) {
      Inboxes.await(member.token(), Inboxes.about("QUESTION_ANSWERED", "questionId", question));
    }
    assertThat(Mailbox.messages(member.email())).as("nothing before the digest").isEmpty();

    String admin = Tokens.forDemoUser("demo-admin");
    as(admin).post("/admin/digests/DAILY/send").then().statusCode(200).body("queued", greaterThanOrEqualTo(1));

    MimeMessage digest = Mailbox.await(member.email(), 1).get(0);
    assertThat(digest.getSubject()).isEqualTo("Votre résumé Placette du jour : 3 nouveautés");
    String text = (String) ((MimeMultipart) digest.getContent()).getBodyPart(0).getContent();
    assertThat(text).contains(first, second);
    assertThat(text.indexOf(first)).isLessThan(text.indexOf(second));
    assertThat(digest.getHeader("List-Unsubscribe", null)).isNotBlank();

    as(admin).post("/admin/digests/DAILY/send").then().statusCode(200);
    Thread.sleep(1500);
    assertThat(Mailbox.messages(member.email())).as("an empty period sends nothing").hasSize(1);
  }

  @Test
  void onlyAnAdministratorSendsDigestsAndOnlyDailyOrWeeklyOnes() {
    as(Tokens.forDemoUser("demo-startup")).post("/admin/digests/DAILY/send").then().statusCode(403);
    as(Tokens.forDemoUser("demo-admin")).post("/admin/digests/IMMEDIATE/send").then().statusCode(400)
        .body("errors[0].field", equalTo("frequency"));
    as(Tokens.forDemoUser("demo-admin")).post("/admin/digests/HOURLY/send").then().statusCode(400);
  }
}
