package org.placette.projects.api.events;

import org.placette.projects.api.SolutionFacts;

/** A solution became visible: published from draft, or imported published. */
public record SolutionPublished(SolutionFacts solution) {}
