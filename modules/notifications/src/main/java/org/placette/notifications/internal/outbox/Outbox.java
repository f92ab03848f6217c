package org.placette.notifications.internal.outbox;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/** The outbox table: writing entries in the caller's transaction, leasing due ones, recording outcomes. */
@ApplicationScoped
public class Outbox {

  private static final int BATCH = 500;

  @PersistenceContext(unitName = "notifications")
  private EntityManager entityManager;

  @Resource(lookup = "jdbc/placette")
  private DataSource dataSource;

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  private TransactionSynchronizationRegistry transactions;

  @Inject private Event<OutboxWritten> written;

  @Inject private DeliverySettings settings;

  private volatile String lockClause;

  /** Joins the caller's transaction: the entry commits, or not, with the change that caused it. */
  @Transactional(Transactional.TxType.MANDATORY)
  public OutboxEntry write(OutboxEntry entry) {
    entityManager.persist(entry);
    written.fire(new OutboxWritten());
    return entry;
  }

  /**
   * Writes many entries in the caller's transaction with a few batched statements; an entry whose
   * message id is already in the outbox is skipped, since it is the same message. Returns how many
   * were written.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public int writeAll(List<OutboxEntry> entries) {
    if (entries.isEmpty()) {
      return 0;
    }
    int writtenCount = 0;
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement("INSERT INTO notifications_outbox (id, channel,"
            + " organisation_id, message_id, event_type, payload, status, attempts, next_attempt_at, created_at, version)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, 0) ON CONFLICT DO NOTHING")) {
      for (int from = 0; from < entries.size(); from += BATCH) {
        for (OutboxEntry entry : entries.subList(from, Math.min(entries.size(), from + BATCH))) {
          insert.setObject(1, entry.id());
          insert.setString(2, entry.channel().name());
          insert.setObject(3, entry.organisationId());
          insert.setString(4, entry.messageId());
          insert.setString(5, entry.eventType());
          insert.setString(6, entry.payload());
          insert.setString(7, entry.status().name());
          insert.setObject(8, entry.nextAttemptAt().atOffset(ZoneOffset.UTC));
          insert.setObject(9, entry.createdAt().atOffset(ZoneOffset.UTC));
          insert.addBatch();
        }
        for (int count : insert.executeBatch()) {
          writtenCount += Math.max(count, 0);
        }
      }
    } catch (SQLException failure) {
      throw new IllegalStateException("Cannot write to the outbox", failure);
    }
    // One wake-up per transaction is enough, however many triggers wrote in it.
    if (writtenCount > 0 && transactions.getResource(OutboxWritten.class) == null) {
      transactions.putResource(OutboxWritten.class, Boolean.TRUE);
      written.fire(new OutboxWritten());
    }
    return writtenCount;
  }

  /**
   * Leases up to {@code limit} due entries to this instance. On PostgreSQL, {@code SKIP LOCKED}
   * lets several instances claim disjoint batches at once; the lease makes an entry due again
   * if the instance that claimed it dies before recording the outcome.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<ClaimedEntry> claimDue(int limit) {
    Instant now = Instant.now();
    @SuppressWarnings("unchecked")
    List<OutboxEntry> due = entityManager.createNativeQuery(
            "SELECT * FROM notifications_outbox WHERE status = 'PENDING' AND next_attempt_at <= ?1"
                + " AND (claimed_until IS NULL OR claimed_until < ?1) ORDER BY next_attempt_at FETCH FIRST " + limit
                + " ROWS ONLY " + lockClause(), OutboxEntry.class)
        .setParameter(1, now)
        .getResultList();
    Instant leaseEnd = now.plus(settings.lease());
    due.forEach(entry -> entry.claimUntil(leaseEnd));
    return due.stream().map(ClaimedEntry::of).toList();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void record(UUID entryId, DeliveryResult result) {
    OutboxEntry entry = entityManager.find(OutboxEntry.class, entryId);
    Instant now = Instant.now();
    RetryPolicy policy = settings.retryPolicy(entry.channel());
    if (result instanceof DeliveryResult.Failed failed) {
      entry.failed(failed.reason(), now, policy,
          policy.delayAfter(entry.attempts() + 1, ThreadLocalRandom.current()::nextDouble));
    } else if (result instanceof DeliveryResult.Abandoned abandoned) {
      entry.abandon(abandoned.reason());
    } else {
      entry.delivered(now);
    }
  }

  @Transactional
  public List<OutboxEntry> deadLetters(int limit) {
    return entityManager.createQuery(
            "select e from OutboxEntry e where e.status = :dead order by e.createdAt", OutboxEntry.class)
        .setParameter("dead", DeliveryStatus.DEAD)
        .setMaxResults(limit)
        .getResultList();
  }

  @Transactional
  public Optional<OutboxEntry> find(UUID entryId) {
    return Optional.ofNullable(entityManager.find(OutboxEntry.class, entryId));
  }

  @Transactional
  public Optional<OutboxEntry> findByMessageId(String messageId) {
    return entityManager.createQuery("select e from OutboxEntry e where e.messageId = :id", OutboxEntry.class)
        .setParameter("id", messageId)
        .getResultStream()
        .findFirst();
  }

  /** Returns false when there is no such dead letter. */
  @Transactional
  public boolean redeliver(UUID entryId) {
    OutboxEntry entry = entityManager.find(OutboxEntry.class, entryId);
    if (entry == null || entry.status() != DeliveryStatus.DEAD) {
      return false;
    }
    entry.redeliver(Instant.now());
    written.fire(new OutboxWritten());
    return true;
  }

  /** H2 (the embedded profile, a single instance) has no SKIP LOCKED; PostgreSQL has. */
  private String lockClause() {
    if (lockClause == null) {
      try (Connection connection = dataSource.getConnection()) {
        String product = connection.getMetaData().getDatabaseProductName();
        lockClause = product.toLowerCase(java.util.Locale.ROOT).contains("postgres") ? "FOR UPDATE SKIP LOCKED" : "FOR UPDATE";
      } catch (SQLException unreachable) {
        throw new IllegalStateException("Cannot tell which database holds the outbox", unreachable);
      }
    }
    return lockClause;
  }
}
