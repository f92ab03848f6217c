package org.placette.matchmaking.internal.search;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * A page of search results, how many there are in all, and facet counts over all of them
 * ({@code type}, {@code theme}, {@code country}, {@code language}, {@code trl}: value → count),
 * so that a portal can show the filters that would narrow the answer.
 */
@JsonbNillable
@JsonbPropertyOrder({"items", "next", "total", "facets"})
public record SearchResults(List<SearchHit> items, String next, long total, Map<String, Map<String, Long>> facets) {}
