/**
 * Projects: what local authorities need and what startups and companies offer, and the dialogue
 * between them. An authority publishes needs (optionally grouped in a call for solutions), answers
 * public questions and decides on expressions of interest; a startup publishes solutions and
 * expresses interest with one of them; a selected pairing's outcome is followed to deployment.
 * Other modules read this module through {@code org.placette.projects.api} (the {@link
 * org.placette.projects.api.ProjectsCatalogue} and the events of {@code api.events}) only.
 */
package org.placette.projects;
