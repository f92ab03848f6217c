package org.placette.projects.internal.solution;

import java.util.List;

/** Everything a startup or company writes about a solution, checked and cleaned. */
record SolutionContent(
    String title,
    String summary,
    String description,
    List<String> themes,
    int trl,
    List<String> references,
    PricingModel pricingModel,
    List<String> languages,
    List<String> coverage) {

  SolutionContent {
    themes = List.copyOf(themes);
    references = List.copyOf(references);
    languages = List.copyOf(languages);
    coverage = List.copyOf(coverage);
  }
}
