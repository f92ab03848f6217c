package org.placette.matchmaking.internal.index;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.placette.matchmaking.internal.profile.MatchProfile;
import org.placette.matchmaking.internal.profile.ProfileSync.ProfileChanged;

/**
 * Document frequencies fetched from a remote index, kept for a while. A frequency only weighs a
 * term against others (idf), so on an index at rest a value a minute old ranks as well as a fresh
 * one. An index in flux is another matter (an import, its translations filling the other
 * languages' fields): a frequency is dropped once more profiles changed since it was fetched than
 * a hundredth of the documents. Zeros are not kept: a term no document had may be in the next one
 * indexed, and a zero excludes the term from queries. Document counts are kept a few seconds only,
 * for the same reason. Memory is bounded, least recently used first out.
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

  /** Profiles changed on this instance; other instances' changes are covered by the time to live. */
  private final AtomicLong changes = new AtomicLong();

  private record Known(int value, long fetchedAt, long changesThen) {}

  void profileChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProfileChanged changed) {
    changes.incrementAndGet();
  }

  /** The kept frequency, if still fresh in an index of about {@code documents} documents. */
  synchronized Integer frequency(Class<? extends MatchProfile> side, String field, String term, int documents) {
    Known known = frequencies.get(key(side, field, term));
    return known != null && fresh(known, documents) ? known.value : null;
  }

  synchronized void remember(Class<? extends MatchProfile> side, String field, String term, int frequency) {
    if (frequency == 0) {
      return;
    }
    frequencies.put(key(side, field, term), new Known(frequency, System.nanoTime(), changes.get()));
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
      frequencies.put(key, new Known(counted, System.nanoTime(), changes.get()));
    }
    return counted;
  }

  /**
   * Names the statistics kept now for an index of about {@code documents} documents: it changes as
   * often as kept frequencies go stale (each time to live, each hundredth of the documents changed),
   * so weights computed under it are as fresh as the frequencies they were computed from. Null
   * when nothing is kept.
   */
  Object version(Class<? extends MatchProfile> side, int documents) {
    long timeToLive = this.timeToLive.toNanos();
    if (timeToLive <= 0) {
      return null;
    }
    return new Version(side, documents, changes.get() / Math.max(1, documents / 100), System.nanoTime() / timeToLive);
  }

  private record Version(Class<? extends MatchProfile> side, int documents, long changed, long period) {}

  private boolean fresh(Known known, int documents) {
    return System.nanoTime() - known.fetchedAt < timeToLive.toNanos()
        && changes.get() - known.changesThen <= Math.max(1, documents / 100);
  }

  private static String key(Class<? extends MatchProfile> side, String field, String term) {
    return side.getSimpleName() + '\u0000' + field + '\u0000' + term;
  }
}
