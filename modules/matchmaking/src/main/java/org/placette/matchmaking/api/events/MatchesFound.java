package org.placette.matchmaking.api.events;

import java.util.List;

/**
 * The matches worth announcing that one computation of an item's matches found, fired once inside
 * the transaction that stores them. A published need may match thousands of solutions: announced
 * together, they can be told in a few statements instead of a few per match.
 */
public record MatchesFound(List<MatchFound> matches) {

  public MatchesFound {
    matches = List.copyOf(matches);
  }
}
