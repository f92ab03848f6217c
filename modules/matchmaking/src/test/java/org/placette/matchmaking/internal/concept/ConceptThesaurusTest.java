package org.placette.matchmaking.internal.concept;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.placette.matchmaking.internal.analysis.Language;

class ConceptThesaurusTest {

  @Test
  void shipsAtLeastThreeHundredConceptsNamedInEveryLanguage() {
    ConceptThesaurus thesaurus = ConceptThesaurus.current();

    assertThat(thesaurus.version()).isEqualTo("v1");
    assertThat(thesaurus.size()).isGreaterThanOrEqualTo(300);
    assertThat(thesaurus.concepts()).allSatisfy(concept -> {
      assertThat(concept.terms(Language.FR)).isNotEmpty();
      assertThat(concept.terms(Language.EN)).isNotEmpty();
      assertThat(concept.terms(Language.ES)).isNotEmpty();
    });
  }

  @Test
  void carriesTheJargonOfEachLanguage() {
    ConceptThesaurus thesaurus = ConceptThesaurus.current();

    assertThat(thesaurus.concept("water.smart-metering").orElseThrow().terms(Language.ES)).contains("telelectura");
    assertThat(thesaurus.concept("mobility.low-emission-zone").orElseThrow().terms(Language.FR)).contains("ZFE");
    assertThat(thesaurus.concept("mobility.low-emission-zone").orElseThrow().terms(Language.ES)).contains("ZBE");
    assertThat(thesaurus.concept("inclusion.digital-divide").orElseThrow().label(Language.EN)).isEqualTo("digital divide");
  }

  @Test
  void rejectsALineWithoutEveryLanguageNamingTheLine() {
    String tsv = "id\ttheme\tfr\ten\tes\nwater.leak\twater\tfuite\tleak\t\n";

    assertThatThrownBy(() -> parse(tsv))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("no es term");
  }

  @Test
  void rejectsADuplicateId() {
    String tsv = "water.leak\twater\tfuite\tleak\tfuga\nwater.leak\twater\tperte\tloss\tpérdida\n";

    assertThatThrownBy(() -> parse(tsv)).hasMessageContaining("line 2").hasMessageContaining("already used");
  }

  @Test
  void rejectsAnIdWithoutTheme() {
    assertThatThrownBy(() -> parse("leak\twater\tfuite\tleak\tfuga\n")).hasMessageContaining("theme.name");
  }

  @Test
  void skipsCommentsAndTheHeader() throws Exception {
    ConceptThesaurus thesaurus = parse("# a comment\nid\ttheme\tfr\ten\tes\nwater.leak\twater\tfuite|perte\tleak\tfuga\n");

    assertThat(thesaurus.size()).isEqualTo(1);
    assertThat(thesaurus.concept("water.leak").orElseThrow().terms(Language.FR)).containsExactly("fuite", "perte");
  }

  private static ConceptThesaurus parse(String tsv) throws Exception {
    return ConceptThesaurus.parse("test", new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)));
  }
}
