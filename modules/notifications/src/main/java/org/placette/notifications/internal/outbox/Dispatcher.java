package org.placette.notifications.internal.outbox;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers the outbox. It polls for due entries at a fixed interval and is woken as soon as a
 * transaction that wrote entries commits; each claimed batch is delivered in parallel on the
 * work executor and every outcome is recorded in its own transaction. A crash between delivery
 * and record means one more delivery of the same message id once the lease expires, never a lost
 * one.
 */
@ApplicationScoped
public class Dispatcher {

  private static final Logger LOG = Logger.getLogger(Dispatcher.class.getName());

  @Resource private ManagedScheduledExecutorService scheduler;

  @Resource(lookup = "concurrent/placette-work")
  private ManagedExecutorService workers;

  @Inject private Outbox outbox;

  @Inject private DeliverySettings settings;

  @Inject private Instance<ChannelDelivery> deliveries;

  private final AtomicBoolean draining = new AtomicBoolean();
  private final AtomicBoolean wokenWhileDraining = new AtomicBoolean();
  private final Map<Channel, ChannelDelivery> byChannel = new EnumMap<>(Channel.class);
  private ScheduledFuture<?> polling;

  /** After the schema migrations, which observe the same event at a higher priority. */
  void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 500) @Initialized(ApplicationScoped.class) Object started) {
    deliveries.forEach(delivery -> byChannel.put(delivery.channel(), delivery));
    long interval = settings.pollInterval().toMillis();
    polling = scheduler.scheduleWithFixedDelay(this::drain, interval, interval, TimeUnit.MILLISECONDS);
  }

  void wake(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
    scheduler.execute(this::drain);
  }

  @PreDestroy
  void stop() {
    if (polling != null) {
      polling.cancel(false);
    }
  }

  private void drain() {
    if (!draining.compareAndSet(false, true)) {
      wokenWhileDraining.set(true);
      return;
    }
    try {
      List<ClaimedEntry> batch;
      do {
        wokenWhileDraining.set(false);
        batch = outbox.claimDue(settings.batchSize());
        deliverAll(batch);
      } while (batch.size() == settings.batchSize() || wokenWhileDraining.get());
    } catch (RuntimeException failure) {
      LOG.log(Level.WARNING, "Outbox dispatch failed; it resumes at the next poll", failure);
    } finally {
      draining.set(false);
    }
  }

  private void deliverAll(List<ClaimedEntry> batch) {
    CompletableFuture<?>[] running = batch.stream()
        .map(entry -> CompletableFuture.runAsync(() -> deliverOne(entry), workers))
        .toArray(CompletableFuture[]::new);
    CompletableFuture.allOf(running).join();
  }

  private void deliverOne(ClaimedEntry entry) {
    ChannelDelivery delivery = byChannel.get(entry.channel());
    DeliveryResult result;
    try {
      result = delivery == null
          ? DeliveryResult.abandoned("No delivery for channel " + entry.channel())
          : delivery.deliver(entry);
    } catch (RuntimeException failure) {
      LOG.log(Level.WARNING, failure, () -> "Delivery of " + entry.messageId() + " failed unexpectedly");
      result = DeliveryResult.failed(failure.getClass().getSimpleName() + ": " + failure.getMessage());
    }
    outbox.record(entry.id(), result);
  }
}
