package org.placette.actors.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompanyNumberTest {

  @Test
  void acceptsSirenAndSiretWithAValidCheckDigit() {
    assertThat(CompanyNumber.parse("732829320")).hasValueSatisfying(n -> assertThat(n.siret()).isFalse());
    assertThat(CompanyNumber.parse("73282932000074")).hasValueSatisfying(n -> {
      assertThat(n.siret()).isTrue();
      assertThat(n.siren()).isEqualTo("732829320");
    });
  }

  @Test
  void ignoresTheSpacesAndDotsPeopleType() {
    assertThat(CompanyNumber.parse("732 829 320 00074")).isPresent();
    assertThat(CompanyNumber.parse("732.829.320")).isPresent();
  }

  @Test
  void rejectsAMistypedDigit() {
    assertThat(CompanyNumber.parse("732829321")).isEmpty();
    assertThat(CompanyNumber.parse("73282932000075")).isEmpty();
    assertThat(CompanyNumber.problemWith("73282932000075")).hasValueSatisfying(why -> assertThat(why).contains("check digit"));
  }

  @Test
  void rejectsWrongLengthsAndLetters() {
    assertThat(CompanyNumber.parse("12345678")).isEmpty();
    assertThat(CompanyNumber.parse("7328293200007")).isEmpty();
    assertThat(CompanyNumber.parse("73282932A")).isEmpty();
    assertThat(CompanyNumber.parse(null)).isEmpty();
    assertThat(CompanyNumber.problemWith("12345")).hasValue("A SIREN has 9 digits and a SIRET 14.");
  }

  @Test
  void laPosteEstablishmentsUseTheirOwnRuleInsteadOfLuhn() {
    // A post office: its digits add up to 45, a multiple of 5, though Luhn fails.
    assertThat(CompanyNumber.luhn("35600000049837")).isFalse();
    assertThat(CompanyNumber.parse("35600000049837")).isPresent();
    assertThat(CompanyNumber.parse("35600000049838")).isEmpty();
    // The head office keeps Luhn.
    assertThat(CompanyNumber.parse("35600000000048")).isPresent();
  }
}
