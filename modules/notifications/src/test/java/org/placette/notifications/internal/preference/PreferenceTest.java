package org.placette.notifications.internal.preference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PreferenceTest {

  @Test
  void byDefaultTellsMatchesFromSixtyOnWhateverTheirThemes() {
    assertThat(Preference.DEFAULT.wants(60, List.of("water"))).isTrue();
    assertThat(Preference.DEFAULT.wants(59, List.of("water"))).isFalse();
    assertThat(Preference.DEFAULT.wants(95, List.of())).isTrue();
  }

  @Test
  void aMemberFollowingThemesHearsOnlyOfMatchesTaggedWithOneOfThem() {
    Preference water = new Preference(true, false, 50, List.of("water", "waste"), Frequency.IMMEDIATE, null);
    assertThat(water.wants(70, List.of("mobility", "waste"))).isTrue();
    assertThat(water.wants(70, List.of("mobility"))).isFalse();
    assertThat(water.wants(70, List.of())).isFalse();
  }

  @Test
  void writesInTheChosenLanguageElseTheMembersElseFrench() {
    assertThat(Preference.DEFAULT.languageOr("es")).isEqualTo(EmailLanguage.ES);
    assertThat(Preference.DEFAULT.languageOr("de")).isEqualTo(EmailLanguage.FR);
    assertThat(Preference.DEFAULT.languageOr(null)).isEqualTo(EmailLanguage.FR);
    Preference english = new Preference(true, false, 60, List.of(), Frequency.DAILY, EmailLanguage.EN);
    assertThat(english.languageOr("es")).isEqualTo(EmailLanguage.EN);
    assertThat(english.digests()).isTrue();
  }
}
