package org.placette.projects.api.events;

import java.util.UUID;

/**
 * A bulk import of a collection started on this instance; {@link CollectionImportEnded} with the
 * same id follows, whether it succeeded or not. Fired outside any transaction: it tells the other
 * modules that this instance is busy writing many items, so their background work on them can wait.
 */
public record CollectionImportStarted(UUID importId) {}
