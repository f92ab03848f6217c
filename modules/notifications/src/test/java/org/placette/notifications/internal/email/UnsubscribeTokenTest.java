package org.placette.notifications.internal.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UnsubscribeTokenTest {

  private final UnsubscribeToken tokens = new UnsubscribeToken("a-secret-of-at-least-16-chars");

  @Test
  void givesBackTheSubjectItWasIssuedFor() {
    String token = tokens.issue("3f1c2d4e-subject");
    assertThat(tokens.subject(token)).contains("3f1c2d4e-subject");
    assertThat(token).doesNotContain("=", "+", "/");
  }

  @Test
  void refusesATokenSignedWithAnotherSecret() {
    String foreign = new UnsubscribeToken("another-secret-of-16-chars").issue("someone");
    assertThat(tokens.subject(foreign)).isEmpty();
  }

  @Test
  void refusesATokenWhoseSubjectWasSwapped() {
    String mine = tokens.issue("me");
    String theirs = tokens.issue("them");
    String forged = theirs.substring(0, theirs.indexOf('.')) + mine.substring(mine.indexOf('.'));
    assertThat(tokens.subject(forged)).isEmpty();
  }

  @Test
  void refusesMalformedTokens() {
    assertThat(tokens.subject(null)).isEmpty();
    assertThat(tokens.subject("no-dot")).isEmpty();
    assertThat(tokens.subject(".x")).isEmpty();
    assertThat(tokens.subject("x.")).isEmpty();
    assertThat(tokens.subject("!!!.???")).isEmpty();
  }

  @Test
  void wantsASecretWorthTheName() {
    assertThatThrownBy(() -> new UnsubscribeToken("short")).isInstanceOf(IllegalArgumentException.class);
  }
}
