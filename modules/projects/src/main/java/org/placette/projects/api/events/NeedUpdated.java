package org.placette.projects.api.events;

import org.placette.projects.api.NeedFacts;

/**
 * A need that had been published changed: its fields, a new revision of its problem statement, or
 * its status after closing (AWARDED, CANCELLED). Carries the need as it now is.
 */
public record NeedUpdated(NeedFacts need) {}
