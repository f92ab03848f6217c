package org.placette.projects.api.events;

import org.placette.projects.api.SolutionFacts;

/** A solution that had been published changed, or was archived ({@code status} ARCHIVED). */
public record SolutionUpdated(SolutionFacts solution) {}
