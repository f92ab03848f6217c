package org.placette.actors.internal.privacy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.placette.actors.api.AccessRevocations;

/**
 * Answers from memory, refreshed from the table every couple of seconds so that a revocation made
 * by another instance takes effect there too; a revocation made here takes effect here at commit.
 */
@ApplicationScoped
public class CachedAccessRevocations implements AccessRevocations {

  private static final Duration REFRESH = Duration.ofSeconds(2);

  @Inject private RevocationStore store;

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  private TransactionSynchronizationRegistry transactions;

  private final Map<String, Instant> revoked = new ConcurrentHashMap<>();
  private volatile Instant refreshedAt = Instant.EPOCH;

  @Override
  public boolean revoked(String subject, Instant issuedAt) {
    if (subject == null) {
      return false;
    }
    Instant now = Instant.now();
    if (refreshedAt.plus(REFRESH).isBefore(now)) {
      refresh(now);
    }
    Instant revokedAt = revoked.get(RevocationStore.hash(subject));
    // Token times have whole seconds: a token from the very second of the revocation is refused too.
    return revokedAt != null && (issuedAt == null || !issuedAt.isAfter(revokedAt));
  }

  /** Revokes the subjects' tokens, in the caller's transaction. */
  public void revoke(Collection<String> subjects) {
    Instant at = Instant.now();
    for (String subject : subjects) {
      store.revoke(subject, at);
    }
    onCommit(() -> subjects.forEach(subject -> revoked.put(RevocationStore.hash(subject), at)));
  }

  /**
   * Lifts the subjects' revocations, in the caller's transaction: a reinstated member's tokens
   * work again, including one issued in the very second of the suspension, which the whole-second
   * comparison above would otherwise refuse.
   */
  public void lift(Collection<String> subjects) {
    for (String subject : subjects) {
      store.lift(subject);
    }
    onCommit(() -> subjects.forEach(subject -> revoked.remove(RevocationStore.hash(subject))));
  }

  /** The memory follows the table only once the transaction that changed it committed. */
  private void onCommit(Runnable change) {
    transactions.registerInterposedSynchronization(new Synchronization() {
      @Override
      public void beforeCompletion() {}

      @Override
      public void afterCompletion(int status) {
        if (status == Status.STATUS_COMMITTED) {
          change.run();
        }
      }
    });
  }

  private synchronized void refresh(Instant now) {
    if (!refreshedAt.plus(REFRESH).isBefore(now)) {
      return;
    }
    Map<String, Instant> live = store.live(now);
    revoked.keySet().retainAll(live.keySet());
    revoked.putAll(live);
    refreshedAt = now;
  }
}
