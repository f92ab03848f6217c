package org.placette.matchmaking.api.events;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A need and a solution match: for the first time at or above the platform's floor, or with a
 * score that rose materially since the match was last announced. Announced in a {@link MatchesFound}
 * inside the transaction that stores the match, so an observer writing in that transaction (an
 * outbox) commits with it.
 *
 * @param trigger which side changed: a need published or rewritten tells the solution's team,
 *     a solution published or rewritten tells the need's authority
 * @param concepts the concepts both share, best first, labelled in every language
 * @param matchedTerms the need's words the solution also uses ("fr:fuite"), best first
 * @param algorithm the scorer version that produced the score
 */
public record MatchFound(
    UUID matchId,
    Party need,
    Party solution,
    int score,
    List<ConceptLabel> concepts,
    List<String> matchedTerms,
    Trigger trigger,
    String algorithm) {

  public MatchFound {
    Objects.requireNonNull(matchId, "matchId");
    Objects.requireNonNull(need, "need");
    Objects.requireNonNull(solution, "solution");
    Objects.requireNonNull(trigger, "trigger");
    concepts = List.copyOf(concepts);
    matchedTerms = List.copyOf(matchedTerms);
  }

  public enum Trigger {
    NEED_CHANGED,
    SOLUTION_CHANGED
  }

  /**
   * One side of the match: the need or solution, its owning organisation, its title in the
   * language it was written in, and its themes (codes of the published taxonomy).
   */
  public record Party(UUID id, String externalRef, UUID ownerId, String title, String language, List<String> themes) {

    public Party {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(ownerId, "ownerId");
      themes = List.copyOf(themes);
    }
  }

  /** A concept of the thesaurus ("water.leak") with its label in French, English and Spanish. */
  public record ConceptLabel(String id, String fr, String en, String es) {

    /** The label in a language code (fr, en, es); French for any other. */
    public String in(String language) {
      if ("en".equals(language)) {
        return en;
      }
      return "es".equals(language) ? es : fr;
    }
  }
}
