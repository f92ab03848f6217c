package org.placette.projects.api.events;

import java.util.UUID;

/** The bulk import {@code importId} ended on this instance, stored in full or not at all. */
public record CollectionImportEnded(UUID importId) {}
