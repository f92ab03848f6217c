package org.placette.notifications.internal.email;

/** An email ready to send: its subject, and its body as plain text and as HTML. */
record RenderedEmail(String subject, String text, String html) {}
