package org.placette.notifications.internal.inbox;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Writes notifications in bulk, in the caller's transaction. A row whose recipient, kind, need and
 * subject already have a notification is skipped by the database itself ({@code ON CONFLICT DO
 * NOTHING} on the unique key), so a replayed cause never tells anyone twice and two transactions
 * racing on the same cause cannot both insert; a plain unique violation would instead abort the
 * caller's transaction on PostgreSQL.
 */
@ApplicationScoped
public class InboxWriter {

  private static final String INSERT = "INSERT INTO notifications_inbox (id, recipient_subject, organisation_id, kind,"
      + " need_id, about_id, score, details, awaits_digest, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
      + " ON CONFLICT DO NOTHING";
  private static final int BATCH = 500;

  @Resource(lookup = "jdbc/placette")
  private DataSource dataSource;

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  private TransactionSynchronizationRegistry transactions;

  @Inject private Event<InboxWritten> written;

  /** Returns the rows actually inserted, the others being notifications that already existed. */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<InboxRow> insert(List<InboxRow> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    List<InboxRow> inserted = new ArrayList<>(rows.size());
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(INSERT)) {
      for (int from = 0; from < rows.size(); from += BATCH) {
        List<InboxRow> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
        for (InboxRow row : batch) {
          insert.setObject(1, row.id());
          insert.setString(2, row.recipientSubject());
          insert.setObject(3, row.organisationId());
          insert.setString(4, row.kind().name());
          insert.setObject(5, row.needId());
          insert.setObject(6, row.aboutId());
          if (row.score() == null) {
            insert.setNull(7, Types.INTEGER);
          } else {
            insert.setInt(7, row.score());
          }
          insert.setString(8, DetailsJson.write(row.details()));
          insert.setBoolean(9, row.awaitsDigest());
          insert.setObject(10, row.createdAt().atOffset(ZoneOffset.UTC));
          insert.addBatch();
        }
        int[] counts = insert.executeBatch();
        for (int i = 0; i < counts.length; i++) {
          if (counts[i] > 0) {
            inserted.add(batch.get(i));
          }
        }
      }
    } catch (SQLException failure) {
      throw new IllegalStateException("Cannot write notifications", failure);
    }
    // One wake-up per transaction is enough, however many events it tells: each fire would
    // register its own after-commit callback.
    if (!inserted.isEmpty() && transactions.getResource(InboxWritten.class) == null) {
      transactions.putResource(InboxWritten.class, Boolean.TRUE);
      written.fire(new InboxWritten());
    }
    return inserted;
  }
}
