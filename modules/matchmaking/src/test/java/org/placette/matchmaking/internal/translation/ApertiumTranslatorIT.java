package org.placette.matchmaking.internal.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.placette.matchmaking.internal.analysis.Language;

/** Against the real Apertium of this machine ({@code ./placette apertium install} puts it there). */
class ApertiumTranslatorIT {

  private static final ApertiumTranslator APERTIUM = new ApertiumTranslator("apertium", Duration.ofSeconds(10));

  @BeforeAll
  static void apertiumIsInstalled() {
    TranslationStatus status = APERTIUM.status();
    assertThat(status.degraded())
        .as("Apertium and its pairs must be installed for this test (./placette apertium install): %s", status.problem())
        .isFalse();
  }

  @Test
  void translatesFrenchIntoSpanish() throws Exception {
    assertThat(APERTIUM.translate("Les fuites d'eau potable", Language.FR, Language.ES).toLowerCase())
        .contains("fugas").contains("agua");
  }

  @Test
  void translatesSpanishIntoEnglish() throws Exception {
    assertThat(APERTIUM.translate("El agua potable de la ciudad", Language.ES, Language.EN).toLowerCase())
        .contains("water").contains("city");
  }

  @Test
  void pivotsFromFrenchToEnglishThroughSpanish() throws Exception {
    assertThat(APERTIUM.translate("La ville cherche une solution pour l'eau", Language.FR, Language.EN).toLowerCase())
        .contains("city").contains("water").contains("solution");
  }

  @Test
  void pivotsFromEnglishToFrenchThroughSpanish() throws Exception {
    assertThat(APERTIUM.translate("The city needs water", Language.EN, Language.FR).toLowerCase())
        .contains("ville").contains("eau");
  }

  @Test
  void keepsEachTextOfABatchApartAndInOrder() throws Exception {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      texts.add(i % 2 == 0 ? "Le chat numéro " + i + " dort." : "L'eau numéro " + i + " coule.\n\nDeuxième paragraphe.");
    }
    texts.add("");

    List<String> translated = APERTIUM.translate(texts, Language.FR, Language.ES);

    assertThat(translated).hasSize(41);
    for (int i = 0; i < 40; i++) {
      assertThat(translated.get(i)).contains(String.valueOf(i)).contains(i % 2 == 0 ? "gato" : "agua");
    }
    assertThat(translated.get(40)).isEmpty();
  }

  @Test
  void survivesTheCharactersApertiumUsesForItsOwnFormat() throws Exception {
    String translated = APERTIUM.translate("Le coût [estimé] ^ 100 $ / an \\ <total> @ 3 # fin", Language.FR, Language.ES);

    assertThat(translated).contains("[").contains("100").contains("fin");
  }

  @Test
  void saysWhichModeIsMissing() {
    ApertiumTranslator apertium = new ApertiumTranslator("apertium", Duration.ofSeconds(10));

    assertThat(apertium.status().installedModes()).contains("fr-es", "es-fr", "eng-spa", "spa-eng");
    assertThatThrownBy(() -> new ApertiumTranslator("false", Duration.ofSeconds(5)).translate("x", Language.FR, Language.ES))
        .isInstanceOf(TranslationUnavailableException.class)
        .hasMessageContaining("failed");
  }

  @Test
  void translatesAboutAThousandWordsWithinTheMinimumDeadline() throws Exception {
    String text = "La collectivité souhaite réduire les fuites sur son réseau d'eau potable. ".repeat(90);
    long start = System.nanoTime();

    String translated = APERTIUM.translate(text, Language.FR, Language.EN);

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    assertThat(translated.toLowerCase()).contains("water");
  }
}
