package org.placette.notifications.internal.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placette.notifications.internal.inbox.NotificationDetails;
import org.placette.notifications.internal.inbox.NotificationKind;
import org.placette.notifications.internal.preference.EmailLanguage;

class EmailTemplatesTest {

  private static final String UNSUBSCRIBE = "https://placette.example/api/v1/notifications/unsubscribe?token=a.b";

  private static NotificationDetails match(String needTitle, String solutionTitle) {
    return new NotificationDetails(needTitle, UUID.randomUUID(), solutionTitle, null, null,
        List.of(new NotificationDetails.Concept("water.leak", "fuite d’eau", "water leak", "fuga de agua")),
        List.of("fr:fuite", "fr:réseau"), null);
  }

  @Test
  void tellsAStartupAboutANewNeedInEachLanguageWithScoreAndWhy() {
    NotificationDetails details = match("Fuites du réseau d’eau", "AquaListen");

    RenderedEmail fr = new EmailTemplates(EmailLanguage.FR)
        .notification(NotificationKind.NEW_MATCHING_NEED, 82, details, UNSUBSCRIBE);
    RenderedEmail en = new EmailTemplates(EmailLanguage.EN)
        .notification(NotificationKind.NEW_MATCHING_NEED, 82, details, UNSUBSCRIBE);
    RenderedEmail es = new EmailTemplates(EmailLanguage.ES)
        .notification(NotificationKind.NEW_MATCHING_NEED, 82, details, UNSUBSCRIBE);

    assertThat(fr.subject()).isEqualTo("Nouveau besoin pour « AquaListen » : Fuites du réseau d’eau");
    assertThat(fr.text()).contains("score 82/100", "Pourquoi : fuite d’eau", "Mots en commun : fuite, réseau", UNSUBSCRIBE);
    assertThat(en.text()).contains("matches your solution “AquaListen” (score 82/100)", "Why: water leak");
    assertThat(es.text()).contains("puntuación 82/100", "Por qué: fuga de agua");
    assertThat(es.html()).startsWith("<!DOCTYPE html>").contains("lang=\"es\"", "href=\"" + UNSUBSCRIBE + "\"");
  }

  @Test
  void escapesWhatAuthoritiesAndStartupsWroteInTheHtmlOnly() {
    RenderedEmail email = new EmailTemplates(EmailLanguage.EN).notification(NotificationKind.INTEREST_DECLINED, null,
        new NotificationDetails("<script>alert(1)</script>", null, "Tom & Jerry", null, null, null, null,
            "Budget \"frozen\""), UNSUBSCRIBE);

    assertThat(email.html()).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "Tom &amp; Jerry",
        "Reason: Budget &quot;frozen&quot;").doesNotContain("<script>");
    assertThat(email.text()).contains("<script>alert(1)</script>", "Tom & Jerry");
  }

  @Test
  void namesAnUntitledNeedRatherThanPrintingNull() {
    RenderedEmail email = new EmailTemplates(EmailLanguage.FR).notification(NotificationKind.QUESTION_ANSWERED, null,
        new NotificationDetails(null, null, null, UUID.randomUUID(), null, null, null, null), UNSUBSCRIBE);
    assertThat(email.subject()).isEqualTo("Réponse à votre question sur « (sans titre) »").doesNotContain("null");
  }

  @Test
  void everyKindHasItsSentencesInEveryLanguage() {
    NotificationDetails details = match("Need", "Solution");
    for (EmailLanguage language : EmailLanguage.values()) {
      for (NotificationKind kind : NotificationKind.values()) {
        RenderedEmail email = new EmailTemplates(language).notification(kind, 70, details, UNSUBSCRIBE);
        assertThat(email.subject()).as(language + " " + kind).contains("Need").doesNotContain("{");
      }
    }
  }

  @Test
  void aDigestOfFiftyFiveItemsShowsFiftyGroupedByNeedAndCountsTheRest() {
    List<DigestEntry> entries = new java.util.ArrayList<>();
    for (int i = 0; i < 55; i++) {
      UUID need = new UUID(0, i % 5);
      entries.add(new DigestEntry(NotificationKind.NEW_MATCHING_SOLUTION, need, 60 + i % 40,
          match("Need " + (i % 5), "Solution " + i)));
    }

    RenderedEmail digest = new EmailTemplates(EmailLanguage.EN)
        .digest(org.placette.notifications.internal.preference.Frequency.WEEKLY, entries, UNSUBSCRIBE);

    assertThat(digest.subject()).isEqualTo("Your Placette weekly digest: 55 new items");
    assertThat(digest.text()).contains("… and 5 more in your Placette inbox.");
    assertThat(digest.text().lines().filter(line -> line.startsWith("- "))).hasSize(50);
    assertThat(digest.html().split("<h2", -1)).hasSize(6);
  }
}
