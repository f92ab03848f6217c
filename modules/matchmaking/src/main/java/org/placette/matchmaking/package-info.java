/**
 * Matchmaking: pairs needs with solutions, whatever language they are written in. It keeps its own
 * searchable copy of each published need and solution (a {@code MatchProfile}, fed by the projects
 * module's events) with Apertium translations into French, English and Spanish and the concepts of
 * a curated thesaurus, indexes it with Hibernate Search (the same analyzers on Lucene and
 * OpenSearch), and scores, explains and evaluates matches. Other modules use {@code
 * org.placette.matchmaking.api} only.
 */
package org.placette.matchmaking;
