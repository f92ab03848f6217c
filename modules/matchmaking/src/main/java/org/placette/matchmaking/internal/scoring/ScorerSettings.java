package org.placette.matchmaking.internal.scoring;

/**
 * The scorer's knobs. The defaults are the algorithm version {@link #ALGORITHM_VERSION}; change
 * them only with a new version, after the evaluation (./placette eval) on the dev collection and
 * with an eye on what generalises, never on one collection's ids or phrases.
 *
 * @param termsPerLanguage query terms kept per language version of the need, by tf-idf
 * @param translatedQueryWeight weight of the need's machine-translated versions against its original
 * @param maxDocumentShare a term in more than this share of the documents carries no topic
 * @param candidates how many candidates each retrieval (text, concepts) passes to the factors
 * @param textWeight share of text relevance in the final score
 * @param conceptWeight share of concept overlap
 * @param themeWeight share of theme overlap
 * @param territoryWeight share of territory fit
 * @param maturityWeight share of maturity (TRL)
 * @param textExponent text relevance is (score / best score) to this power: BM25 sums of many
 *     terms crowd together, and a power above 1 spreads the candidates that share only common words
 * @param titleFieldBoost boost of the same terms in the title field (0: the whole text only)
 * @param cosineShare share of the text factor given to the cosine of the two items' tf-idf
 *     vectors (symmetric: what the candidate is about must be in the item too), the rest to BM25
 * @param feedbackDocuments how many of the first pass's best candidates expand the item's term
 *     vector and concepts for a second pass (pseudo-relevance feedback; 0: one pass)
 * @param feedbackWeight weight of those candidates, together, against the item itself
 * @param languageCalibration how far each candidate's text relevance is measured against the
 *     best candidate of its own language rather than the best overall (0 to 1), since texts
 *     compared through a machine translation share fewer words however relevant
 * @param pairLanguagesOnly compare texts only in the languages the two items were written in
 */
public record ScorerSettings(int termsPerLanguage, float translatedQueryWeight, double maxDocumentShare,
    int candidates, double textWeight, double conceptWeight, double themeWeight, double territoryWeight,
    double maturityWeight, double textExponent, float titleFieldBoost, double cosineShare, int feedbackDocuments, double feedbackWeight, double languageCalibration,
    boolean pairLanguagesOnly) {

  public static final String ALGORITHM_VERSION = "text-concepts-feedback-1";

  public static ScorerSettings defaults() {
    // Text relevance is the cosine alone (BM25 only retrieves), concepts weigh as much as text,
    // and territory is computed and explained but weighs nothing until solutions declare where
    // they operate: a startup's home country says little about where it can deliver.
    return new ScorerSettings(20, 0.8f, 0.25, 60, 0.5, 0.5, 0.1, 0.0, 0.03, 1.0, 0.5f, 1.0, 3, 1.0, 0.5, true);
  }

  double totalWeight() {
    return textWeight + conceptWeight + themeWeight + territoryWeight + maturityWeight;
  }
}
