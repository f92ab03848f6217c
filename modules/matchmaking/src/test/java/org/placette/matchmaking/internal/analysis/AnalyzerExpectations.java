package org.placette.matchmaking.internal.analysis;

import java.util.List;

/**
 * What each analyzer must do, whatever the backend: the direct Lucene test and the OpenSearch
 * integration test check the very same cases.
 */
final class AnalyzerExpectations {

  record Case(String analyzer, String text, List<String> terms, String why) {
    @Override
    public String toString() {
      return analyzer + ": " + why;
    }
  }

  static final List<Case> CASES = List.of(
      new Case(AnalyzerNames.FRENCH_TEXT, "télérelèves", List.of("telerelev"),
          "folds accents and stems lightly"),
      new Case(AnalyzerNames.FRENCH_TEXT, "l'eau", List.of("eau"), "drops the elided article"),
      new Case(AnalyzerNames.FRENCH_TEXT, "L’Eau d’Arrosage qu’ils utilisent", List.of("eau", "arosag", "utilisent"),
          "drops articles after a typographic apostrophe and in upper case"),
      new Case(AnalyzerNames.FRENCH_TEXT, "Les fuites du réseau", List.of("fuit", "reseau"),
          "drops stop words and plural marks"),
      new Case(AnalyzerNames.FRENCH_TEXT, "fuite fuites", List.of("fuit", "fuit"), "singular and plural meet"),
      new Case(AnalyzerNames.FRENCH_TEXT, "îlots de chaleur", List.of("ilot", "chaleu"),
          "folds the circumflex and drops 'de'"),
      new Case(AnalyzerNames.FRENCH_TEXT, "ÉCLAIRAGE public", List.of("eclairag", "public"),
          "lowercases accented capitals"),
      new Case(AnalyzerNames.ENGLISH_TEXT, "The city's smart meters", List.of("city", "smart", "meter"),
          "drops possessives, stop words and plurals"),
      new Case(AnalyzerNames.ENGLISH_TEXT, "leaks leaking leaked", List.of("leak", "leak", "leak"),
          "stems inflections lightly"),
      new Case(AnalyzerNames.ENGLISH_TEXT, "Café naïve", List.of("cafe", "naive"), "folds accents"),
      new Case(AnalyzerNames.SPANISH_TEXT, "las fugas de agua", List.of("fug", "agua"),
          "drops stop words and stems lightly"),
      new Case(AnalyzerNames.SPANISH_TEXT, "Telelectura de contadores", List.of("telelectur", "contador"),
          "lowercases and stems plurals"),
      new Case(AnalyzerNames.SPANISH_TEXT, "Isla de calor, presupuestos participativos",
          List.of("isla", "calor", "presupuest", "participativ"), "folds and stems"),
      new Case(AnalyzerNames.SPANISH_TEXT, "brecha digital energía", List.of("brech", "digital", "energi"),
          "folds accents"),
      new Case(AnalyzerNames.CONCEPTS, "water.leak-detection Mobility.LEZ", List.of("water.leak-detection", "mobility.lez"),
          "keeps concept ids whole, without case"));

  private AnalyzerExpectations() {}
}
