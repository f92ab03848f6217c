package org.placette.notifications.internal.email;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How a digest reads: its notifications grouped by need, the need with the best match first and,
 * inside a need, the best match first (dialogue news, which has no score, after the matches). Past
 * {@code limit} entries the rest is only counted, so that a busy week stays readable.
 */
record DigestLayout(List<NeedGroup> groups, int shown, int hidden) {

  /** The notifications about one need. */
  record NeedGroup(UUID needId, String needTitle, List<DigestEntry> entries) {

    int best() {
      return entries.isEmpty() || entries.get(0).score() == null ? -1 : entries.get(0).score();
    }
  }

  private static final Comparator<DigestEntry> BEST_FIRST =
      Comparator.comparing((DigestEntry entry) -> entry.score() == null ? -1 : entry.score()).reversed();

  static DigestLayout of(List<DigestEntry> entries, int limit) {
    Map<UUID, List<DigestEntry>> byNeed = new LinkedHashMap<>();
    entries.forEach(entry -> byNeed.computeIfAbsent(entry.needId(), need -> new ArrayList<>()).add(entry));
    List<NeedGroup> all = new ArrayList<>();
    byNeed.forEach((need, about) -> {
      about.sort(BEST_FIRST);
      all.add(new NeedGroup(need, about.get(0).details().needTitle(), about));
    });
    all.sort(Comparator.comparingInt(NeedGroup::best).reversed()
        .thenComparing(group -> group.needTitle() == null ? "" : group.needTitle()));
    List<NeedGroup> kept = new ArrayList<>();
    int room = limit;
    for (NeedGroup group : all) {
      if (room == 0) {
        break;
      }
      List<DigestEntry> shown = group.entries().subList(0, Math.min(room, group.entries().size()));
      kept.add(new NeedGroup(group.needId(), group.needTitle(), List.copyOf(shown)));
      room -= shown.size();
    }
    int shown = limit - room;
    return new DigestLayout(List.copyOf(kept), shown, entries.size() - shown);
  }
}
