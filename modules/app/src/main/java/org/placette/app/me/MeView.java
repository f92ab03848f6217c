package org.placette.app.me;

import java.util.SortedSet;
import java.util.UUID;

/** The caller as {@code GET /me} shows it. */
public record MeView(String subject, String username, UUID organisationId, SortedSet<String> roles) {}
