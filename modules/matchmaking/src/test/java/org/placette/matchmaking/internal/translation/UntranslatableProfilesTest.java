package org.placette.matchmaking.internal.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.placette.matchmaking.internal.analysis.Language;

class UntranslatableProfilesTest {

  @Test
  void withoutApertiumNoLanguageTranslates() {
    TranslationStatus missing = TranslationStatus.unavailable("apertium: not found");

    for (Language language : Language.values()) {
      assertThat(UntranslatableProfiles.untranslatable(language, missing)).as(language.code()).isTrue();
    }
  }

  @Test
  void oneInstalledPairIsEnoughForItsSourceLanguage() {
    TranslationStatus frenchToSpanishOnly = TranslationStatus.of(Set.of("fr-es"));

    assertThat(UntranslatableProfiles.untranslatable(Language.FR, frenchToSpanishOnly)).isFalse();
    assertThat(UntranslatableProfiles.untranslatable(Language.ES, frenchToSpanishOnly)).isTrue();
    assertThat(UntranslatableProfiles.untranslatable(Language.EN, frenchToSpanishOnly)).isTrue();
  }

  @Test
  void withEveryPairEveryLanguageTranslates() {
    TranslationStatus complete = TranslationStatus.of(Set.copyOf(ApertiumTranslator.REQUIRED_MODES));

    for (Language language : Language.values()) {
      assertThat(UntranslatableProfiles.untranslatable(language, complete)).as(language.code()).isFalse();
    }
  }
}
