package org.placette.notifications.internal.inbox;

/** Fired when notifications are written, so that the sequencer numbers them as soon as they commit. */
public record InboxWritten() {}
