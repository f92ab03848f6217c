package org.placette.actors.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * All personal data held on a member, as JSON-friendly values: their member record, the
 * organisation they registered or belong to, and every audit entry that concerns them.
 */
public record PersonalDataExport(
    Instant exportedAt,
    Map<String, Object> member,
    Map<String, Object> organisation,
    List<Map<String, Object>> auditEntries) {

  public PersonalDataExport {
    member = Map.copyOf(member);
    organisation = organisation == null ? null : Map.copyOf(organisation);
    auditEntries = List.copyOf(auditEntries);
  }

  /** Convenience for callers that only need to know whose export it is. */
  public UUID memberId() {
    return UUID.fromString(member.get("id").toString());
  }
}
