/**
 * Matchmaking: pairs needs with solutions. It keeps its own searchable copy of each published
 * need and solution (a {@code MatchProfile}, fed by the projects module's events), indexes it with
 * Hibernate Search, scores and explains matches. Other modules use {@code
 * org.placette.matchmaking.api} only.
 */
package org.placette.matchmaking;
