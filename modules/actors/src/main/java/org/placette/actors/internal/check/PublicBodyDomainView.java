package org.placette.actors.internal.check;

import java.time.Instant;

/** A domain on the public bodies' list. */
public record PublicBodyDomainView(String domain, String note, Instant addedAt) {}
