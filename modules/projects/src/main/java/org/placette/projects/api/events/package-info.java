/**
 * Events of the projects module, fired synchronously inside the transaction that made the change:
 * an observer that writes in the same transaction (an outbox) commits or rolls back with it, and
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} sees only committed changes. Each
 * change fires exactly one event; a rolled-back change leaves no trace of one. The two events of a
 * bulk import (started, ended) are the exception: fired outside any transaction, they say what
 * this instance is doing, not what changed.
 */
package org.placette.projects.api.events;
