package org.placette.projects.api.events;

import org.placette.projects.api.NeedFacts;

/** A need became visible: published from draft, or imported published. */
public record NeedPublished(NeedFacts need) {}
