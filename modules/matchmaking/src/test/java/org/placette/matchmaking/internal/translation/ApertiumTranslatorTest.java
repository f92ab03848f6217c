package org.placette.matchmaking.internal.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.placette.matchmaking.internal.analysis.Language;

class ApertiumTranslatorTest {

  private final ApertiumTranslator missing = new ApertiumTranslator("/nonexistent/apertium", Duration.ofSeconds(2));

  @Test
  void pivotsThroughSpanishBetweenFrenchAndEnglish() {
    assertThat(ApertiumTranslator.route(Language.FR, Language.EN)).containsExactly("fr-es", "spa-eng");
    assertThat(ApertiumTranslator.route(Language.EN, Language.FR)).containsExactly("eng-spa", "es-fr");
    assertThat(ApertiumTranslator.route(Language.ES, Language.EN)).containsExactly("spa-eng");
    assertThat(ApertiumTranslator.route(Language.FR, Language.FR)).isEmpty();
  }

  @Test
  void reportsAMissingApertiumAsDegraded() {
    TranslationStatus status = missing.status();

    assertThat(status.apertiumFound()).isFalse();
    assertThat(status.degraded()).isTrue();
    assertThat(status.missingModes()).containsExactlyInAnyOrder("fr-es", "es-fr", "eng-spa", "spa-eng");
    assertThat(status.problem()).contains("/nonexistent/apertium");
    assertThat(status.canTranslate(Language.FR, Language.ES)).isFalse();
  }

  @Test
  void failsToTranslateWithoutApertiumSayingWhy() {
    assertThatThrownBy(() -> missing.translate("Bonjour", Language.FR, Language.ES))
        .isInstanceOf(TranslationUnavailableException.class)
        .hasMessageContaining("cannot be run");
  }

  @Test
  void needsNoApertiumToKeepATextInItsLanguage() throws Exception {
    assertThat(missing.translate(List.of("Bonjour"), Language.FR, Language.FR)).containsExactly("Bonjour");
  }

  @Test
  void knowsADirectionIsServedOnlyWhenEveryModeOnItsRouteIsInstalled() {
    TranslationStatus frenchSpanishOnly = TranslationStatus.of(java.util.Set.of("fr-es", "es-fr"));

    assertThat(frenchSpanishOnly.canTranslate(Language.FR, Language.ES)).isTrue();
    assertThat(frenchSpanishOnly.canTranslate(Language.FR, Language.EN)).isFalse();
    assertThat(frenchSpanishOnly.missingModes()).containsExactlyInAnyOrder("eng-spa", "spa-eng");
  }
}
