package org.placette.matchmaking.internal.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class WorkLoopTest {

  @Test
  void aWakeUpWhileARoundRunsBringsOneMoreRoundInsteadOfASecondRunner() throws Exception {
    AtomicInteger rounds = new AtomicInteger();
    CountDownLatch inFirstRound = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicReference<WorkLoop> loop = new AtomicReference<>();
    loop.set(new WorkLoop("test", () -> {
      if (rounds.incrementAndGet() == 1) {
        inFirstRound.countDown();
        await(release);
      }
      return false;
    }));
    Thread runner = new Thread(() -> loop.get().drain());
    runner.start();
    assertThat(inFirstRound.await(10, TimeUnit.SECONDS)).isTrue();

    loop.get().drain();
    assertThat(rounds).as("the second caller left word and returned").hasValue(1);
    release.countDown();
    runner.join(10_000);

    assertThat(rounds).hasValue(2);
  }

  @Test
  void tellsSinceWhenItIsBusyAndWhenItLastFinished() throws Exception {
    CountDownLatch inRound = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    WorkLoop loop = new WorkLoop("matching", () -> {
      inRound.countDown();
      await(release);
      return false;
    });
    assertThat(loop.activity()).isEqualTo(new LoopActivity("matching", null, null));
    Thread runner = new Thread(loop::drain);
    runner.start();
    assertThat(inRound.await(10, TimeUnit.SECONDS)).isTrue();

    assertThat(loop.activity().busySince()).isNotNull();
    assertThat(loop.activity().lastRoundEnded()).isNull();
    release.countDown();
    runner.join(10_000);

    assertThat(loop.activity().busySince()).isNull();
    assertThat(loop.activity().lastRoundEnded()).isNotNull();
  }

  @Test
  void aFailingStepEndsTheRoundAndTheNextWakeUpRunsAgain() {
    AtomicInteger rounds = new AtomicInteger();
    WorkLoop loop = new WorkLoop("test", () -> {
      rounds.incrementAndGet();
      throw new IllegalStateException("index unreachable");
    });

    loop.drain();
    loop.drain();

    assertThat(rounds).hasValue(2);
    assertThat(loop.activity().busySince()).isNull();
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
