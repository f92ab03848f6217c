package org.placette.notifications.internal.stream;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.placette.notifications.internal.inbox.InboxWritten;
import org.placette.notifications.internal.inbox.Sequencer;

/**
 * The one poller of this instance: it numbers committed notifications (see {@link Sequencer}),
 * reads those numbered since its last look and hands each to the open streams of its recipient.
 * It reads the database, not a message bus, so a notification written through another instance
 * reaches a client connected here at the next poll; one written here is seen at once, since the
 * commit wakes the poller.
 */
@ApplicationScoped
public class NotificationStream {

  private static final Logger LOG = Logger.getLogger(NotificationStream.class.getName());
  private static final int PAGE = 1000;

  @Resource private ManagedScheduledExecutorService scheduler;

  @Inject private Sequencer sequencer;

  @Inject private StreamReader reader;

  @Inject
  @ConfigProperty(name = "notifications.stream.poll-interval-ms", defaultValue = "500")
  long pollIntervalMs;

  @Inject
  @ConfigProperty(name = "notifications.stream.keep-alive-seconds", defaultValue = "20")
  long keepAliveSeconds;

  private final Map<String, Set<Subscriber>> subscribers = new ConcurrentHashMap<>();
  private final AtomicBoolean polling = new AtomicBoolean();
  private final AtomicBoolean wokenWhilePolling = new AtomicBoolean();
  private volatile long seen = -1;
  private ScheduledFuture<?> poll;
  private ScheduledFuture<?> keepAlive;

  /** After the schema migrations, which observe the same event at a higher priority. */
  void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 500) @Initialized(ApplicationScoped.class) Object started) {
    poll = scheduler.scheduleWithFixedDelay(this::poll, 0, pollIntervalMs, TimeUnit.MILLISECONDS);
    keepAlive = scheduler.scheduleWithFixedDelay(this::keepAlive, keepAliveSeconds, keepAliveSeconds, TimeUnit.SECONDS);
  }

  void wake(@Observes(during = TransactionPhase.AFTER_SUCCESS) InboxWritten written) {
    scheduler.execute(this::poll);
  }

  @PreDestroy
  void stop() {
    if (poll != null) {
      poll.cancel(false);
      keepAlive.cancel(false);
    }
    subscribers.values().forEach(open -> open.forEach(Subscriber::close));
  }

  /**
   * Adds an open stream. Live notifications are held for it while what it missed since {@code
   * lastEventId} (or nothing, for a new client) is replayed from the database.
   */
  void subscribe(Subscriber subscriber) {
    subscribers.computeIfAbsent(subscriber.subject(), subject -> ConcurrentHashMap.newKeySet()).add(subscriber);
  }

  void unsubscribe(Subscriber subscriber) {
    subscribers.computeIfPresent(subscriber.subject(), (subject, open) -> {
      open.remove(subscriber);
      return open.isEmpty() ? null : open;
    });
  }

  /** The number of the last notification this instance has handed out, the start of a new client's stream. */
  long seen() {
    return seen >= 0 ? seen : reader.lastSeq();
  }

  private void poll() {
    if (!polling.compareAndSet(false, true)) {
      wokenWhilePolling.set(true);
      return;
    }
    try {
      do {
        wokenWhilePolling.set(false);
        sequencer.sequence();
        handOut();
      } while (wokenWhilePolling.get());
    } catch (RuntimeException failure) {
      LOG.log(Level.WARNING, "The notification stream could not poll; it tries again at the next poll", failure);
    } finally {
      polling.set(false);
    }
  }

  private void handOut() {
    if (subscribers.isEmpty()) {
      // Nobody listens here: only remember where the stream stands.
      seen = reader.lastSeq();
      return;
    }
    if (seen < 0) {
      // Clients came before the first poll: start from the earliest point any of them stands at.
      seen = subscribers.values().stream().flatMap(Set::stream).mapToLong(Subscriber::lastSent).min().orElse(0);
    }
    List<StreamedNotification> batch;
    do {
      batch = reader.after(seen, PAGE);
      for (StreamedNotification notification : batch) {
        Set<Subscriber> open = subscribers.get(notification.recipientSubject());
        if (open != null) {
          open.forEach(subscriber -> subscriber.offer(notification));
        }
        seen = notification.seq();
      }
    } while (batch.size() == PAGE);
  }

  private void keepAlive() {
    try {
      subscribers.values().forEach(open -> open.forEach(subscriber -> {
        if (subscriber.closed()) {
          unsubscribe(subscriber);
        } else {
          subscriber.keepAlive();
        }
      }));
    } catch (RuntimeException failure) {
      LOG.log(Level.FINE, "Keep-alive failed", failure);
    }
  }
}
