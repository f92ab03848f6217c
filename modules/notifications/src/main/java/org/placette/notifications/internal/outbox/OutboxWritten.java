package org.placette.notifications.internal.outbox;

/** Fired when an entry is written, so that the dispatcher wakes once the transaction commits. */
record OutboxWritten() {}
