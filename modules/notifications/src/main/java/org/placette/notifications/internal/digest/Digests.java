package org.placette.notifications.internal.digest;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.placette.notifications.internal.email.EmailMessages;
import org.placette.notifications.internal.outbox.Outbox;

/**
 * Makes one member's digest for one period. The unique (member, period) row is the claim: when
 * several instances run the job at once, one inserts it and the others skip that member. The
 * notifications it takes are marked with its id, so none appears in two digests; a period with
 * nothing new sends nothing.
 */
@ApplicationScoped
class Digests {

  @Resource(lookup = "jdbc/placette")
  private DataSource dataSource;

  @Inject private Outbox outbox;

  /** Members with notifications waiting for a digest written before {@code before}. */
  @Transactional
  List<String> waiting(Instant before) {
    List<String> subjects = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement("SELECT DISTINCT recipient_subject FROM notifications_inbox"
            + " WHERE awaits_digest = TRUE AND digest_id IS NULL AND created_at < ?")) {
      query.setObject(1, before.atOffset(ZoneOffset.UTC));
      try (ResultSet found = query.executeQuery()) {
        while (found.next()) {
          subjects.add(found.getString(1));
        }
      }
    } catch (SQLException failure) {
      throw new IllegalStateException("Cannot find the members waiting for a digest", failure);
    }
    return subjects;
  }

  /** Returns how many notifications the digest took: 0 when another instance had it or nothing was new. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  int make(String subject, DigestPeriod period) {
    UUID digest = UUID.randomUUID();
    Instant now = Instant.now();
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement claim = connection.prepareStatement("INSERT INTO notifications_digest (id,"
          + " recipient_subject, period, item_count, created_at) VALUES (?, ?, ?, 0, ?) ON CONFLICT DO NOTHING")) {
        claim.setObject(1, digest);
        claim.setString(2, subject);
        claim.setString(3, period.key());
        claim.setObject(4, now.atOffset(ZoneOffset.UTC));
        if (claim.executeUpdate() == 0) {
          return 0;
        }
      }
      int taken;
      try (PreparedStatement take = connection.prepareStatement("UPDATE notifications_inbox SET digest_id = ?"
          + " WHERE recipient_subject = ? AND awaits_digest = TRUE AND digest_id IS NULL AND created_at < ?")) {
        take.setObject(1, digest);
        take.setString(2, subject);
        take.setObject(3, period.end().atOffset(ZoneOffset.UTC));
        taken = take.executeUpdate();
      }
      if (taken == 0) {
        return 0;
      }
      try (PreparedStatement count = connection.prepareStatement(
          "UPDATE notifications_digest SET item_count = ? WHERE id = ?")) {
        count.setInt(1, taken);
        count.setObject(2, digest);
        count.executeUpdate();
      }
      outbox.writeAll(List.of(EmailMessages.digest(digest, organisation(connection, digest), now)));
      return taken;
    } catch (SQLException failure) {
      throw new IllegalStateException("Cannot make the digest of " + period.key(), failure);
    }
  }

  private static UUID organisation(Connection connection, UUID digest) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(
        "SELECT organisation_id FROM notifications_inbox WHERE digest_id = ? FETCH FIRST 1 ROWS ONLY")) {
      query.setObject(1, digest);
      try (ResultSet found = query.executeQuery()) {
        found.next();
        return found.getObject(1, UUID.class);
      }
    }
  }
}
