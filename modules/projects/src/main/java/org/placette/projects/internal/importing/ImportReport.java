package org.placette.projects.internal.importing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.placette.projects.internal.common.ImportCounts;

/** What an import did, per kind of item, and how long it took. */
@Schema(name = "ImportReport")
public record ImportReport(
    ImportCounts authorities,
    ImportCounts startups,
    ImportCounts needs,
    ImportCounts solutions,
    @Schema(description = "Size of the collection read") long bytes,
    @Schema(description = "Time spent, checking and writing") long millis) {}
