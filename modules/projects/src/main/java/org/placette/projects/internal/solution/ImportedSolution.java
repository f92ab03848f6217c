package org.placette.projects.internal.solution;

import java.util.List;
import java.util.UUID;

/** A solution from a trusted collection, checked, with its startup resolved. */
public record ImportedSolution(
    String externalRef,
    UUID ownerId,
    String language,
    boolean languageDetected,
    String title,
    String summary,
    String description,
    List<String> themes,
    int trl,
    List<String> references,
    List<String> coverage) {}
