package org.placette.matchmaking.internal.search;

import java.util.List;
import java.util.Map;
import org.placette.matchmaking.internal.match.MatchedItem;

/**
 * One search result: the need or solution, its relevance to the query (engine units: compare
 * within one answer only), and the passages that matched, per language, the matched words
 * between {@code <em>} and {@code </em>} (the rest of each passage is the item's plain text).
 */
public record SearchHit(MatchedItem item, float relevance, Map<String, List<String>> highlights) {}
