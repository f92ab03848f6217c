package org.placette.matchmaking.internal.match;

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
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.placette.matchmaking.internal.index.IndexLag;
import org.placette.matchmaking.internal.index.Scoring;
import org.placette.matchmaking.internal.profile.MatchProfile;
import org.placette.matchmaking.internal.profile.ProfileClaims;
import org.placette.matchmaking.internal.profile.ProfileClaims.Claim;
import org.placette.matchmaking.internal.profile.ProfileClaims.MatchWindow;
import org.placette.matchmaking.internal.profile.ProfileStatus;
import org.placette.matchmaking.internal.profile.ProfileSync.ProfileChanged;
import org.placette.matchmaking.internal.scoring.ScoredCandidate;
import org.placette.matchmaking.internal.translation.ProfileTranslation;
import org.placette.matchmaking.internal.translation.Translations;
import org.placette.projects.api.events.CollectionImportEnded;
import org.placette.projects.api.events.CollectionImportStarted;

/**
 * The pipeline behind every write: translations, then matches, each drained by its own loop on
 * Jakarta Concurrency. Both poll at a fixed interval (work left by another instance or by a crash
 * is found there) and are woken as soon as a profile change commits. Work is claimed with leases,
 * so instances share it and a dead instance's work is taken over when its lease ends.
 *
 * <p>While a bulk import runs on this instance, both loops wait: beside it they would take half of
 * a small machine's CPU, and most of what they computed would be redone as the rest of the
 * collection arrives. Other instances carry on; everything imported is due when the import ends.
 */
@ApplicationScoped
public class MatchWork {

  private static final Logger LOG = Logger.getLogger(MatchWork.class.getName());
  private static final int MATCH_BATCH = 10;
  private static final Duration LAG_RECHECK = Duration.ofMillis(200);
  /** Translation has stalled (or Apertium is missing) when nothing was translated for this long. */
  private static final Duration TRANSLATION_STALL = Duration.ofMinutes(1);

  @Resource private ManagedScheduledExecutorService scheduler;

  @Inject private ProfileClaims claims;
  @Inject private ProfileTranslation translation;
  @Inject private Translations translations;
  @Inject private Scoring scoring;
  @Inject private IndexLag indexLag;
  @Inject private MatchStore store;
  @Inject private MatchingSettings settings;

  @PersistenceContext(unitName = "matchmaking")
  private EntityManager entityManager;

  private final WorkLoop translating = new WorkLoop("translation", this::translateBatch);
  private final WorkLoop matching = new WorkLoop("matching", this::matchBatch);
  private final AtomicBoolean lagRecheck = new AtomicBoolean();
  private final Set<UUID> importsRunning = ConcurrentHashMap.newKeySet();
  /** When translation last stored something, or resumed after an import. */
  private volatile Instant translationProgress;
  private ScheduledFuture<?> polling;

  /** After the schema migrations, which observe the same event at a higher priority. */
  void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 500) @Initialized(ApplicationScoped.class) Object started) {
    int retried = translation.retryDegraded();
    if (retried > 0) {
      LOG.info(() -> "Apertium is complete now: " + retried + " profiles stored without some languages are translated again");
    }
    long interval = settings.pollInterval().toMillis();
    polling = scheduler.scheduleWithFixedDelay(this::wake, interval, interval, TimeUnit.MILLISECONDS);
  }

  void profileChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProfileChanged changed) {
    wake();
  }

  void importStarted(@Observes CollectionImportStarted started) {
    importsRunning.add(started.importId());
  }

  void importEnded(@Observes CollectionImportEnded ended) {
    importsRunning.remove(ended.importId());
    if (translations.status().apertiumFound()) {
      // Translation resumes now: what was imported waits for it, as it would have had translation
      // run beside the import, instead of being matched in its own language and again soon after.
      translationProgress = Instant.now();
    }
    wake();
  }

  @PreDestroy
  void stop() {
    if (polling != null) {
      polling.cancel(false);
    }
  }

  /** What each loop is doing, for administrators. */
  public List<LoopActivity> activity() {
    return List.of(translating.activity(), matching.activity());
  }

  private void wake() {
    scheduler.execute(translating::drain);
    scheduler.execute(matching::drain);
  }

  private boolean translateBatch() {
    if (!importsRunning.isEmpty()) {
      return false;
    }
    List<Claim> claimed = claims.claimTranslations(settings.translationBatch(), settings.lease());
    if (translation.translate(claimed) > 0) {
      translationProgress = Instant.now();
    }
    return claimed.size() == settings.translationBatch();
  }

  private boolean matchBatch() {
    if (!importsRunning.isEmpty()) {
      return false;
    }
    Instant now = Instant.now();
    Instant indexedUpTo = indexLag.indexedUpTo(now);
    Instant refreshesDueBefore = claims.translationsPending()
        ? min(indexedUpTo, now.minus(settings.refreshDeferralLimit())) : indexedUpTo;
    // Items wait for their translation only while translations are being stored: not when
    // Apertium is missing or stalled, nor for longer than the translation wait.
    Instant progress = translationProgress;
    Instant untranslatedDueBefore = progress != null && progress.isAfter(now.minus(TRANSLATION_STALL))
        ? min(indexedUpTo, now.minus(settings.translationWait())) : indexedUpTo;
    List<Claim> claimed = claims.claimMatches(MATCH_BATCH, settings.lease(),
        new MatchWindow(indexedUpTo, refreshesDueBefore, untranslatedDueBefore));
    if (claimed.isEmpty()) {
      if (indexedUpTo.isBefore(now)) {
        recheckSoonWhileIndexLags();
      }
      return false;
    }
    indexLag.makeVisible();
    for (Claim claim : claimed) {
      try {
        match(claim);
      } catch (RuntimeException failure) {
        // One item that cannot be scored must not hold back the others claimed with it; its lease
        // runs out and it is tried again then, so a passing fault (the index unreachable) heals.
        LOG.log(Level.WARNING, failure, () -> "Matching profile " + claim.id() + " failed; it is retried when its lease ends");
      }
    }
    return claimed.size() == MATCH_BATCH;
  }

  private static Instant min(Instant one, Instant other) {
    return one.isBefore(other) ? one : other;
  }

  /**
   * Work held back until the index catches up would otherwise wait for the next poll, a second
   * away, while the outbox usually drains in a fraction of that.
   */
  private void recheckSoonWhileIndexLags() {
    if (lagRecheck.compareAndSet(false, true)) {
      scheduler.schedule(() -> {
        lagRecheck.set(false);
        matching.drain();
      }, LAG_RECHECK.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  private void match(Claim claim) {
    MatchProfile item = entityManager.find(MatchProfile.class, claim.id());
    if (item == null) {
      return;
    }
    List<ScoredCandidate> ranking = item.status() == ProfileStatus.PUBLISHED
        ? scoring.candidates(item, Direction.from(item.side()).candidates(), settings.limit()) : List.of();
    Set<UUID> touched = store.store(claim, ranking, scoring.algorithm());
    if (claim.announce() || item.status() == ProfileStatus.ARCHIVED) {
      store.refreshLater(touched);
    }
  }
}
