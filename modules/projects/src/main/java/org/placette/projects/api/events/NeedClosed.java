package org.placette.projects.api.events;

import java.util.UUID;
import org.placette.projects.api.NeedStatus;

/** A published need stopped taking answers: {@code status} is CLOSED or CANCELLED. */
public record NeedClosed(UUID needId, String externalRef, UUID ownerId, NeedStatus status) {}
