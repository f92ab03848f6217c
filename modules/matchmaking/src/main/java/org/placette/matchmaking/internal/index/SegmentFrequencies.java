package org.placette.matchmaking.internal.index;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Document frequencies on the Lucene backend, exact and kept. A segment never changes once
 * written, so a frequency read from it stays true for the segment's whole life: frequencies are
 * kept per segment, and for the latest set of segments as a whole, so that on an index at rest a
 * frequency costs one map lookup instead of a seek in every segment's term dictionary (those seeks
 * were most of a scoring's time). A segment's frequencies go when Lucene closes it (after a merge).
 * All maps together keep at most {@value #TERMS_KEPT} frequencies (about 50 MB); past that, a
 * frequency is read from the segments each time. An index of 100k items has dozens of segments,
 * each asked for most of the vocabulary: without a bound shared by all, that would be gigabytes.
 *
 * <p>What is not kept yet is best read in bulk ({@link Reading#prefetch}): one terms enumeration
 * per segment and field, seeking term after term, instead of a new one per term. A new
 * enumeration allocates its frames and arcs afresh, and a scoring against an index that has just
 * changed (a refresh after each published need) asks hundreds of terms of its newest segment.
 */
@ApplicationScoped
public class SegmentFrequencies {

  private static final int TERMS_KEPT = 1_000_000;

  /** Needs and solutions are two indexes: the latest segment sets of both, and of a transition, stay. */
  private static final int SEGMENT_SETS = 4;

  private final AtomicInteger kept = new AtomicInteger();
  private final Map<Object, Frequencies> bySegment = new ConcurrentHashMap<>();
  private final Map<List<Object>, Frequencies> bySegmentSet = new LinkedHashMap<>(8, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<List<Object>, Frequencies> eldest) {
      if (size() > SEGMENT_SETS) {
        eldest.getValue().drop();
        return true;
      }
      return false;
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
      together = bySegmentSet.computeIfAbsent(cores, set -> new Frequencies(kept));
    }
    // Deletions change the document count, not the segments (nor their frequencies).
    Version version = new Version(together.identity, reader.numDocs());
    // Past the bound nothing more is kept: what this reading prefetched stays here for its own asks.
    Map<String, Map<String, Integer>> prefetched = new HashMap<>();
    return new Reading() {
      @Override
      public int documentFrequency(String field, String term) {
        Integer known = prefetched.getOrDefault(field, Map.of()).get(term);
        return known != null ? known : together.get(field, term, () -> sumOverSegments(reader, field, term));
      }

      @Override
      public void prefetch(String field, Collection<String> terms) {
        List<String> missing = terms.stream().filter(term -> together.known(field, term) == null).distinct().toList();
        if (!missing.isEmpty()) {
          Map<String, Integer> sums = readAll(reader, field, missing);
          sums.forEach((term, frequency) -> together.remember(field, term, frequency));
          prefetched.computeIfAbsent(field, any -> new HashMap<>()).putAll(sums);
        }
      }

      @Override
      public Object version() {
        return version;
      }
    };
  }

  /** Document frequencies of one reader, meant for one scoring. */
  interface Reading {
    int documentFrequency(String field, String term);

    /** Reads in bulk the frequencies of these terms that are not kept yet; later asks find them. */
    void prefetch(String field, Collection<String> terms);

    /** Equal for readers of the same segments and documents: those answer the same statistics. */
    Object version();
  }

  /**
   * Held by the weights kept with profiles, long after their segments are gone: it names a set
   * of segments without holding its frequencies.
   */
  private record Version(Object segments, int documents) {}

  private int sumOverSegments(IndexReader reader, String field, String term) {
    int total = 0;
    for (LeafReaderContext context : reader.leaves()) {
      LeafReader segment = context.reader();
      IndexReader.CacheHelper core = segment.getCoreCacheHelper();
      if (core == null) {
        total += read(segment, field, term);
      } else {
        total += segmentFrequencies(core).get(field, term, () -> read(segment, field, term));
      }
    }
    return total;
  }

  private Frequencies segmentFrequencies(IndexReader.CacheHelper core) {
    return bySegment.computeIfAbsent(core.getKey(), key -> {
      core.addClosedListener(closed -> {
        Frequencies gone = bySegment.remove(closed);
        if (gone != null) {
          gone.drop();
        }
      });
      return new Frequencies(kept);
    });
  }

  /** The terms' frequencies summed over the segments, each segment read once for all the terms it has not kept. */
  private Map<String, Integer> readAll(IndexReader reader, String field, List<String> terms) {
    Map<String, Integer> sums = new HashMap<>();
    for (LeafReaderContext context : reader.leaves()) {
      LeafReader segment = context.reader();
      IndexReader.CacheHelper core = segment.getCoreCacheHelper();
      Frequencies kept = core == null ? null : segmentFrequencies(core);
      TermsEnum enumeration = null;
      boolean opened = false;
      for (String term : terms) {
        Integer frequency = kept == null ? null : kept.known(field, term);
        if (frequency == null) {
          if (!opened) {
            enumeration = termsEnum(segment, field);
            opened = true;
          }
          frequency = count(enumeration, term);
          if (kept != null) {
            kept.remember(field, term, frequency);
          }
        }
        sums.merge(term, frequency, Integer::sum);
      }
    }
    return sums;
  }

  private static TermsEnum termsEnum(LeafReader segment, String field) {
    try {
      Terms terms = segment.terms(field);
      return terms == null ? null : terms.iterator();
    } catch (IOException failure) {
      throw new UncheckedIOException("Reading term statistics of " + field + " failed", failure);
    }
  }

  private static int count(TermsEnum enumeration, String term) {
    try {
      return enumeration != null && enumeration.seekExact(new BytesRef(term)) ? enumeration.docFreq() : 0;
    } catch (IOException failure) {
      throw new UncheckedIOException("Reading term statistics failed", failure);
    }
  }

  private static int read(LeafReader segment, String field, String term) {
    try {
      return segment.docFreq(new Term(field, term));
    } catch (IOException failure) {
      throw new UncheckedIOException("Reading term statistics of " + field + " failed", failure);
    }
  }

  /** Frequencies kept for one segment or one set of segments, counted against the shared bound. */
  private static final class Frequencies {
    private final Map<String, Map<String, Integer>> byField = new ConcurrentHashMap<>();
    private final Object identity = new Object();
    private final AtomicInteger kept;
    private int size;
    private boolean dropped;

    Frequencies(AtomicInteger kept) {
      this.kept = kept;
    }

    /** The kept frequency, or null. */
    Integer known(String field, String term) {
      Map<String, Integer> terms = byField.get(field);
      return terms == null ? null : terms.get(term);
    }

    int get(String field, String term, IntSupplier count) {
      Integer known = known(field, term);
      if (known != null) {
        return known;
      }
      int counted = count.getAsInt();
      remember(field, term, counted);
      return counted;
    }

    /** Keeps a frequency read elsewhere, within the shared bound. */
    void remember(String field, String term, int counted) {
      if (kept.get() < TERMS_KEPT) {
        keep(byField.computeIfAbsent(field, name -> new ConcurrentHashMap<>()), term, counted);
      }
    }

    private synchronized void keep(Map<String, Integer> terms, String term, int counted) {
      if (!dropped && terms.putIfAbsent(term, counted) == null) {
        size++;
        kept.incrementAndGet();
      }
    }

    /** No longer reachable by new scorings: what it kept stops counting, and it keeps no more. */
    synchronized void drop() {
      dropped = true;
      kept.addAndGet(-size);
    }
  }
}
