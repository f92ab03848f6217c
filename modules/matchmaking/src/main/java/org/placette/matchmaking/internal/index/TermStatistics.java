package org.placette.matchmaking.internal.index;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.placette.matchmaking.internal.profile.MatchProfile;

/**
 * Document frequencies fetched from a remote index, kept for a while. A frequency only weighs a
 * term against others (idf), so a value a minute old ranks as well as a fresh one. Zeros are not
 * kept: a term no document had may be in the next one indexed, and a zero excludes the term from
 * queries. Document counts are kept a few seconds only, for the same reason. Memory is bounded,
 * least recently used first out.
 */
@ApplicationScoped
public class TermStatistics {

  private static final int CAPACITY = 500_000;

  private static final Duration COUNT_TIME_TO_LIVE = Duration.ofSeconds(5);

  @Inject
  @ConfigProperty(name = "matchmaking.scoring.term-statistics-ttl", defaultValue = "PT1M")
  Duration timeToLive;

  private final Map<String, Known> frequencies = new LinkedHashMap<>(4096, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Known> eldest) {
      return size() > CAPACITY;
    }
  };

  private record Known(int value, long fetchedAt) {}

  synchronized Integer frequency(Class<? extends MatchProfile> side, String field, String term) {
    Known known = frequencies.get(key(side, field, term));
    return known != null && fresh(known) ? known.value : null;
  }

  synchronized void remember(Class<? extends MatchProfile> side, String field, String term, int frequency) {
    if (frequency == 0) {
      return;
    }
    frequencies.put(key(side, field, term), new Known(frequency, System.nanoTime()));
  }

  int documentCount(Class<? extends MatchProfile> side, IntSupplier count) {
    String key = key(side, "", "");
    synchronized (this) {
      Known known = frequencies.get(key);
      if (known != null && System.nanoTime() - known.fetchedAt < COUNT_TIME_TO_LIVE.toNanos()) {
        return known.value;
      }
    }
    int counted = count.getAsInt();
    synchronized (this) {
      frequencies.put(key, new Known(counted, System.nanoTime()));
    }
    return counted;
  }

  private boolean fresh(Known known) {
    return System.nanoTime() - known.fetchedAt < timeToLive.toNanos();
  }

  private static String key(Class<? extends MatchProfile> side, String field, String term) {
    return side.getSimpleName() + '\u0000' + field + '\u0000' + term;
  }
}
