package org.placette.projects.internal.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

  @Test
  void rejectsTagsAndEntities() {
    assertThat(PlainText.hasMarkup("Hello <b>world</b>")).isTrue();
    assertThat(PlainText.hasMarkup("<script>alert(1)</script>")).isTrue();
    assertThat(PlainText.hasMarkup("< img src=x onerror=alert(1)>")).isTrue();
    assertThat(PlainText.hasMarkup("caf&eacute;")).isTrue();
    assertThat(PlainText.hasMarkup("&#60;")).isTrue();
  }

  @Test
  void acceptsComparisonsAndAmpersandsOfPlainProse() {
    assertThat(PlainText.hasMarkup("moins de < 5 % de fuites, et > 2 m")).isFalse();
    assertThat(PlainText.hasMarkup("click & collect pour les commerçants")).isFalse();
    assertThat(PlainText.hasMarkup("R&D, then deploy")).isFalse();
  }

  @Test
  void rejectsControlCharactersButKeepsLineBreaks() {
    assertThat(PlainText.hasControlCharacters("line one\nline two\ttabbed")).isFalse();
    assertThat(PlainText.hasControlCharacters("bell\u0007")).isTrue();
  }
}
