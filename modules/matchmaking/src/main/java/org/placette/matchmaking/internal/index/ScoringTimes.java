package org.placette.matchmaking.internal.index;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.placette.matchmaking.internal.profile.Side;

/**
 * How long the recent scorings took, per side searched, and how much of it went in calls to the
 * search engine (queries and term statistics): what an administrator watches when matching slows
 * down, and what the benchmark compares with the raw engine. Only the last {@link #WINDOW}
 * scorings of each side count, so the figures follow the index as it grows.
 */
@ApplicationScoped
public class ScoringTimes {

  static final int WINDOW = 200;

  private final Map<Side, Window> windows = new EnumMap<>(Side.class);

  public ScoringTimes() {
    for (Side side : Side.values()) {
      windows.put(side, new Window());
    }
  }

  void record(Side searched, long totalNanos, long engineNanos) {
    windows.get(searched).add(totalNanos, engineNanos);
  }

  /** Starts the windows afresh, for instance to measure after a change; the counts of scorings go on. */
  public void forget() {
    windows.values().forEach(Window::forget);
  }

  /** One summary per side searched that has been scored against at least once. */
  public List<Summary> summaries() {
    List<Summary> summaries = new ArrayList<>();
    windows.forEach((side, window) -> window.summary(side).ifPresent(summaries::add));
    return summaries;
  }

  /**
   * Milliseconds; {@code candidates} is the side searched (SOLUTION: a need's solutions are
   * scored). {@code engineShare} is the median of the engine's share of each scoring's time.
   * {@code scored} counts every scoring since the server started, so that a reader can tell when
   * the window holds only scorings made after a moment of its choosing.
   */
  public record Summary(Side candidates, long scored, int samples, double p50, double p95, double p99,
      double engineP50, double engineP95, double engineShare) {}

  private static final class Window {
    private final long[] totals = new long[WINDOW];
    private final long[] engines = new long[WINDOW];
    private int next;
    private int size;
    private long scored;

    synchronized void add(long total, long engine) {
      totals[next] = total;
      engines[next] = engine;
      next = (next + 1) % WINDOW;
      size = Math.min(WINDOW, size + 1);
      scored++;
    }

    synchronized void forget() {
      next = 0;
      size = 0;
    }

    synchronized Optional<Summary> summary(Side side) {
      if (size == 0) {
        return Optional.empty();
      }
      long[] total = Arrays.copyOf(totals, size);
      long[] engine = Arrays.copyOf(engines, size);
      double[] shares = new double[size];
      for (int i = 0; i < size; i++) {
        shares[i] = total[i] == 0 ? 0 : (double) engine[i] / total[i];
      }
      Arrays.sort(total);
      Arrays.sort(engine);
      Arrays.sort(shares);
      return Optional.of(new Summary(side, scored, size, millis(total, 50), millis(total, 95), millis(total, 99),
          millis(engine, 50), millis(engine, 95), Math.round(shares[size / 2] * 1000) / 1000.0));
    }

    private static double millis(long[] sorted, int percentile) {
      int index = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
      return Math.round(sorted[Math.max(0, index)] / 10_000.0) / 100.0;
    }
  }
}
