package org.placette.projects.internal.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.placette.kernel.problem.FieldError;
import org.placette.kernel.problem.Problem;

/**
 * Where a page ended, as a keyset position: the sort it belongs to, the sort value of the last item
 * and its id (the tie-breaker). Pages follow positions, not offsets, so an item inserted while a
 * client is paging never shifts the rest into a duplicate or a gap. Opaque to clients.
 */
public record Cursor(String sort, String value, UUID id) {

  public String encode() {
    String raw = sort + "\n" + (value == null ? "" : value) + "\n" + id;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** The position in {@code encoded}, which must have been made for {@code sort}; null for the first page. */
  public static Cursor decode(String encoded, String sort) {
    if (encoded == null || encoded.isBlank()) {
      return null;
    }
    try {
      String[] parts = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8).split("\n", -1);
      if (parts.length != 3 || !parts[0].equals(sort)) {
        throw invalid();
      }
      return new Cursor(parts[0], parts[1].isEmpty() ? null : parts[1], UUID.fromString(parts[2]));
    } catch (IllegalArgumentException unreadable) {
      throw invalid();
    }
  }

  private static Problem invalid() {
    return Problem.invalid(java.util.List.of(new FieldError("cursor",
        "Unknown cursor: pass the 'next' value of the previous page unchanged, with the same sort.")));
  }
}
