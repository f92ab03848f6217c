package org.placette.notifications.internal.digest;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.placette.notifications.internal.preference.Frequency;
import org.placette.notifications.internal.preference.NotificationPreferences;
import org.placette.notifications.internal.preference.Preference;

/**
 * Sends the daily and weekly digests. Every instance checks at a fixed interval whether a period
 * has ended with notifications waiting; the per-member claim in {@link Digests} makes the work
 * safe to share, and an instance that was down at the hour catches up at its next check.
 */
@ApplicationScoped
class DigestJob {

  private static final Logger LOG = Logger.getLogger(DigestJob.class.getName());

  @Resource private ManagedScheduledExecutorService scheduler;

  @Inject private Digests digests;

  @Inject private NotificationPreferences preferences;

  @Inject
  @ConfigProperty(name = "notifications.digest.check-interval-ms", defaultValue = "300000")
  long checkIntervalMs;

  @Inject
  @ConfigProperty(name = "notifications.digest.zone", defaultValue = "Europe/Paris")
  String zone;

  @Inject
  @ConfigProperty(name = "notifications.digest.send-at", defaultValue = "07:00")
  String sendAt;

  private ScheduledFuture<?> checking;

  /** After the schema migrations, which observe the same event at a higher priority. */
  void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 500) @Initialized(ApplicationScoped.class) Object started) {
    checking = scheduler.scheduleWithFixedDelay(this::sendDue, checkIntervalMs, checkIntervalMs, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    if (checking != null) {
      checking.cancel(false);
    }
  }

  void sendDue() {
    try {
      Instant now = Instant.now();
      for (Frequency frequency : List.of(Frequency.DAILY, Frequency.WEEKLY)) {
        send(frequency, DigestPeriod.lastEnded(frequency, now, ZoneId.of(zone), LocalTime.parse(sendAt)));
      }
    } catch (RuntimeException failure) {
      LOG.log(Level.WARNING, "Digests failed; they are tried again at the next check", failure);
    }
  }

  /**
   * Ends the current period of {@code frequency} now: an administrator's way to send what waits
   * without waiting for the hour (after an outage, say). Returns how many digests were queued.
   */
  int sendNow(Frequency frequency) {
    Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    return send(frequency, new DigestPeriod(frequency.name() + "@" + now, now));
  }

  private int send(Frequency frequency, DigestPeriod period) {
    Map<String, Preference> waiting = preferences.of(digests.waiting(period.end()));
    int sent = 0;
    for (Map.Entry<String, Preference> member : waiting.entrySet()) {
      // A member who went back to immediate emails still gets what was waiting, in the daily digest.
      Frequency chosen = member.getValue().frequency() == Frequency.WEEKLY ? Frequency.WEEKLY : Frequency.DAILY;
      if (chosen == frequency && digests.make(member.getKey(), period) > 0) {
        sent++;
      }
    }
    int queued = sent;
    LOG.fine(() -> "Digests of " + period.key() + " queued: " + queued);
    return sent;
  }
}
