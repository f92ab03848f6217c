/**
 * Events of the projects module, fired synchronously inside the transaction that made the change:
 * an observer that writes in the same transaction (an outbox) commits or rolls back with it, and
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} sees only committed changes. Each
 * change fires exactly one event; a rolled-back change leaves no trace of one.
 */
package org.placette.projects.api.events;
