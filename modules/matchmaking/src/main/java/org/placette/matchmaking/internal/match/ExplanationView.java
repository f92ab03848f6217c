package org.placette.matchmaking.internal.match;

import java.util.ArrayList;
import java.util.List;
import org.placette.matchmaking.internal.analysis.Language;
import org.placette.matchmaking.internal.concept.ConceptThesaurus;
import org.placette.matchmaking.internal.scoring.IndexFields;
import org.placette.matchmaking.internal.scoring.MatchExplanation;

/**
 * Why a pair scored what it did: the item's words found in the candidate (analyzed form, the
 * language and the field they matched in), the thesaurus concepts both share, labelled in every
 * language, and each factor's share of the score (shares add up to 1).
 */
public record ExplanationView(List<MatchedTerm> terms, List<SharedConcept> concepts, List<FactorShare> factors) {

  public record MatchedTerm(String term, String language, String field) {}

  public record SharedConcept(String id, String theme, String fr, String en, String es) {}

  public record FactorShare(String factor, double share) {}

  public static ExplanationView of(MatchExplanation explanation, ConceptThesaurus thesaurus) {
    List<MatchedTerm> terms = new ArrayList<>();
    for (String languageAndTerm : explanation.matchedTerms()) {
      Language language = Language.ofCode(languageAndTerm.substring(0, 2)).orElse(Language.FR);
      terms.add(new MatchedTerm(languageAndTerm.substring(3), language.code(), IndexFields.text(language)));
    }
    List<SharedConcept> concepts = new ArrayList<>();
    for (String id : explanation.sharedConcepts()) {
      thesaurus.concept(id).ifPresent(concept -> concepts.add(new SharedConcept(concept.id(), concept.theme(),
          concept.label(Language.FR), concept.label(Language.EN), concept.label(Language.ES))));
    }
    List<FactorShare> factors = new ArrayList<>();
    explanation.factorShares().forEach((factor, share) -> factors.add(new FactorShare(factor, share)));
    factors.sort((a, b) -> Double.compare(b.share(), a.share()));
    return new ExplanationView(terms, concepts, factors);
  }
}
