package org.placette.projects.internal.need;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A need from a trusted collection, checked, with its authority resolved. */
public record ImportedNeed(
    String externalRef,
    UUID ownerId,
    String language,
    boolean languageDetected,
    String title,
    String problemStatement,
    List<String> themes,
    String country,
    String region,
    String municipality,
    Integer population,
    Long budgetEur,
    LocalDate deadline) {}
