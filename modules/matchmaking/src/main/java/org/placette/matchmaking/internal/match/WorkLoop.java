package org.placette.matchmaking.internal.match;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a batch step until it says no more is waiting; a wake-up while running means one more
 * round. One thread at a time runs it; the others only leave word that there is more to do. It
 * remembers since when its current round has run and when the last one ended, which is what an
 * administrator needs to tell a busy pipeline from a stuck one.
 */
final class WorkLoop {

  private static final Logger LOG = Logger.getLogger(WorkLoop.class.getName());

  private final String name;
  private final BooleanSupplier step;
  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean wokenWhileRunning = new AtomicBoolean();
  private volatile Instant busySince;
  private volatile Instant lastRoundEnded;

  WorkLoop(String name, BooleanSupplier step) {
    this.name = name;
    this.step = step;
  }

  void drain() {
    boolean again;
    do {
      if (!running.compareAndSet(false, true)) {
        wokenWhileRunning.set(true);
        return;
      }
      boolean failed = false;
      busySince = Instant.now();
      try {
        boolean more;
        do {
          wokenWhileRunning.set(false);
          more = step.getAsBoolean();
        } while (more || wokenWhileRunning.get());
      } catch (RuntimeException failure) {
        failed = true;
        LOG.log(Level.WARNING, failure, () -> "The " + name + " step failed; it resumes at the next poll");
      } finally {
        busySince = null;
        lastRoundEnded = Instant.now();
        running.set(false);
      }
      // A wake-up that came after the last check but before the flag was cleared found the loop
      // still running and left only its word: it is honoured here rather than at the next poll.
      again = !failed && wokenWhileRunning.get();
    } while (again);
  }

  LoopActivity activity() {
    return new LoopActivity(name, busySince, lastRoundEnded);
  }
}
