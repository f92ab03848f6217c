package org.placette.matchmaking.internal.index;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;

/**
 * Document frequencies on the Lucene backend, exact and kept. A segment never changes once
 * written, so a frequency read from it stays true for the segment's whole life: frequencies are
 * kept per segment, and for the latest set of segments as a whole, so that on an index at rest a
 * frequency costs one map lookup instead of a seek in every segment's term dictionary (those seeks
 * were most of a scoring's time). A segment's frequencies go when Lucene closes it (after a merge),
 * and each map keeps at most {@value #TERMS_PER_MAP} of them, so memory follows the index, not the
 * traffic.
 */
@ApplicationScoped
public class SegmentFrequencies {

  private static final int TERMS_PER_MAP = 250_000;

  /** Needs and solutions are two indexes: the latest segment sets of both, and of a transition, stay. */
  private static final int SEGMENT_SETS = 4;

  private final Map<Object, Frequencies> bySegment = new ConcurrentHashMap<>();
  private final Map<List<Object>, Frequencies> bySegmentSet = new LinkedHashMap<>(8, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<List<Object>, Frequencies> eldest) {
      return size() > SEGMENT_SETS;
    }
  };

  /** The frequencies of one reader's segments together, as {@link IndexReader#docFreq} counts them. */
  Reading open(IndexReader reader) {
    List<Object> cores = new ArrayList<>();
    for (LeafReaderContext context : reader.leaves()) {
      IndexReader.CacheHelper core = context.reader().getCoreCacheHelper();
      cores.add(core == null ? context.reader() : core.getKey());
    }
    Frequencies together;
    synchronized (bySegmentSet) {
      together = bySegmentSet.computeIfAbsent(cores, set -> new Frequencies());
    }
    // Deletions change the document count, not the segments (nor their frequencies).
    Version version = new Version(together, reader.numDocs());
    return new Reading() {
      @Override
      public int documentFrequency(String field, String term) {
        return together.get(field, term, () -> sumOverSegments(reader, field, term));
      }

      @Override
      public Object version() {
        return version;
      }
    };
  }

  /** Document frequencies of one reader. */
  interface Reading {
    int documentFrequency(String field, String term);

    /** Equal for readers of the same segments and documents: those answer the same statistics. */
    Object version();
  }

  private record Version(Frequencies segments, int documents) {}

  private int sumOverSegments(IndexReader reader, String field, String term) {
    int total = 0;
    for (LeafReaderContext context : reader.leaves()) {
      LeafReader segment = context.reader();
      IndexReader.CacheHelper core = segment.getCoreCacheHelper();
      if (core == null) {
        total += read(segment, field, term);
      } else {
        total += bySegment.computeIfAbsent(core.getKey(), key -> {
          core.addClosedListener(bySegment::remove);
          return new Frequencies();
        }).get(field, term, () -> read(segment, field, term));
      }
    }
    return total;
  }

  private static int read(LeafReader segment, String field, String term) {
    try {
      return segment.docFreq(new Term(field, term));
    } catch (IOException failure) {
      throw new UncheckedIOException("Reading term statistics of " + field + " failed", failure);
    }
  }

  private static final class Frequencies {
    private final Map<String, Map<String, Integer>> byField = new ConcurrentHashMap<>();
    private final AtomicInteger size = new AtomicInteger();

    int get(String field, String term, IntSupplier count) {
      Map<String, Integer> terms = byField.computeIfAbsent(field, name -> new ConcurrentHashMap<>());
      Integer known = terms.get(term);
      if (known != null) {
        return known;
      }
      int counted = count.getAsInt();
      if (size.get() < TERMS_PER_MAP && terms.putIfAbsent(term, counted) == null) {
        size.incrementAndGet();
      }
      return counted;
    }
  }
}
