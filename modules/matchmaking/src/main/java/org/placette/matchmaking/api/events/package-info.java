/**
 * Events of the matchmaking module, fired synchronously inside the transaction that stored the
 * change, like the projects module's: an observer writing in that transaction commits or rolls
 * back with it.
 */
package org.placette.matchmaking.api.events;
