package org.placette.projects.internal.need;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of a need's problem-statement history. */
@Schema(name = "NeedRevision")
public record RevisionView(int number, String problemStatement, String note, Instant createdAt) {}
