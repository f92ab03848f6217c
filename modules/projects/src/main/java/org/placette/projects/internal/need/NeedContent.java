package org.placette.projects.internal.need;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.placette.projects.api.Visibility;

/** Everything an authority writes about a need, checked and cleaned, as one value. */
record NeedContent(
    String title,
    String problemStatement,
    String context,
    String expectedOutcomes,
    String constraints,
    List<String> themes,
    Territory territory,
    PopulationBand populationBand,
    Long budgetMin,
    Long budgetMax,
    String currency,
    LocalDate deadline,
    Visibility visibility,
    UUID callId) {

  NeedContent {
    themes = List.copyOf(themes);
  }
}
