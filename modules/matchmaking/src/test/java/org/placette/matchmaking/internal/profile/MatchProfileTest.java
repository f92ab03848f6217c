package org.placette.matchmaking.internal.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placette.matchmaking.internal.analysis.Language;

class MatchProfileTest {

  private final MatchProfile profile = new NeedProfile(UUID.randomUUID(), "FR", "Fuites", "Réduire les fuites.");

  @Test
  void isMatchableInItsOwnLanguageBeforeTranslation() {
    assertThat(profile.translationState()).isEqualTo(TranslationState.PENDING);
    assertThat(profile.getTextInFrench()).isEqualTo("Fuites\nRéduire les fuites.");
    assertThat(profile.getTextInEnglish()).isNull();
  }

  @Test
  void isDegradedWhileALanguageIsMissing() {
    profile.translated(Map.of(Language.ES, new String[] {"Fugas", "Reducir las fugas."}));

    assertThat(profile.translationState()).isEqualTo(TranslationState.DEGRADED);
    assertThat(profile.getTextInSpanish()).isEqualTo("Fugas\nReducir las fugas.");
  }

  @Test
  void dropsTranslationsWhenTheOriginalIsRewritten() {
    profile.translated(Map.of(Language.ES, new String[] {"Fugas", "x"}, Language.EN, new String[] {"Leaks", "y"}));
    assertThat(profile.translationState()).isEqualTo(TranslationState.TRANSLATED);

    profile.rewrite("Fuites d'eau", "Réduire les fuites d'eau.");

    assertThat(profile.translationState()).isEqualTo(TranslationState.PENDING);
    assertThat(profile.titleIn(Language.EN)).isNull();
    assertThat(profile.texts()).containsOnlyKeys(Language.FR);
  }

  @Test
  void neverLetsATranslationReplaceTheOriginal() {
    profile.translated(Map.of(Language.FR, new String[] {"Autre", "Autre."}));

    assertThat(profile.titleIn(Language.FR)).isEqualTo("Fuites");
  }

  @Test
  void rejectsATrlOutsideOneToNine() {
    assertThatThrownBy(() -> profile.mature(10)).hasMessageContaining("between 1 and 9");
  }

  @Test
  void rejectsAnUnsupportedLanguage() {
    assertThatThrownBy(() -> new NeedProfile(UUID.randomUUID(), "de", "T", "B"))
        .hasMessageContaining("Unsupported language");
  }
}
