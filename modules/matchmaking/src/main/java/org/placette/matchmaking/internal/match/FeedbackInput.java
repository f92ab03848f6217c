package org.placette.matchmaking.internal.match;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The owning authority's verdict on a match. */
public record FeedbackInput(@Schema(required = true, description = "true: this solution answers the need") Boolean relevant) {}
