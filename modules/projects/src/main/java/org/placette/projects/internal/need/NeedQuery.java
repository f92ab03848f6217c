package org.placette.projects.internal.need;

/** The filters, sort and position of a need list, as the query string gave them. */
public record NeedQuery(
    String status,
    String theme,
    String country,
    String language,
    String deadlineFrom,
    String deadlineTo,
    String organisation,
    String call,
    String sort,
    String cursor,
    Integer limit) {}
