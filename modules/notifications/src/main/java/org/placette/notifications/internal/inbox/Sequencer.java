package org.placette.notifications.internal.inbox;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Numbers committed notifications in commit order. Writers cannot do it themselves: numbers taken
 * inside concurrent transactions commit out of order, and a reader that saw number 12 would miss
 * an 11 that committed after. Here one transaction at a time, on any instance, holds the lock on
 * the stream head while it numbers every row still unnumbered, so whoever sees a number has
 * already seen every smaller one.
 */
@ApplicationScoped
public class Sequencer {

  @Resource(lookup = "jdbc/placette")
  private DataSource dataSource;

  /** Numbers what is waiting; returns how many rows it numbered. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int sequence() {
    try (Connection connection = dataSource.getConnection()) {
      if (!anyWaiting(connection)) {
        return 0;
      }
      try (PreparedStatement lock = connection.prepareStatement(
              "SELECT id FROM notifications_stream_head WHERE id = 1 FOR UPDATE");
          ResultSet locked = lock.executeQuery();
          PreparedStatement number = connection.prepareStatement(
              "UPDATE notifications_inbox SET seq = nextval('notifications_inbox_seq') WHERE seq IS NULL")) {
        locked.next();
        return number.executeUpdate();
      }
    } catch (SQLException failure) {
      throw new IllegalStateException("Cannot number notifications", failure);
    }
  }

  /** A cheap look without the lock, since most polls find nothing. */
  private static boolean anyWaiting(Connection connection) throws SQLException {
    try (PreparedStatement waiting = connection.prepareStatement(
            "SELECT id FROM notifications_inbox WHERE seq IS NULL FETCH FIRST 1 ROWS ONLY");
        ResultSet found = waiting.executeQuery()) {
      return found.next();
    }
  }
}
