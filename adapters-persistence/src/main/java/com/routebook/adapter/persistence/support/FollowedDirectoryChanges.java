package com.routebook.adapter.persistence.support;

import com.routebook.application.port.out.DirectoryChanges;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.OptionalLong;
import javax.sql.DataSource;

/**
 * Follows the changes of what routing reads: on PostgreSQL, the triggers of migration V10 send a
 * notification on channel {@value #CHANNEL} at the commit of any statement that inserts, updates,
 * deletes or truncates rows of the customers, their numbers, the participants, their identifiers
 * and providers, or the service providers, whoever runs it (any instance, an import, or by hand);
 * each instance follows the channel ({@link ChannelFollower}). The repositories of this adapter
 * also announce their own writes ({@link #changedHere()}), so that this instance's mark moves as
 * the transaction ends, before its answer leaves, not only when the notification comes back. On the
 * embedded H2 database nothing is followed, so nothing read is trusted from memory there: it serves
 * one instance in development, where speed is not the point.
 */
@ApplicationScoped
public class FollowedDirectoryChanges implements DirectoryChanges {

  /** The notification channel of the triggers (migration V10 on PostgreSQL). */
  static final String CHANNEL = "routebook_directory";

  @Resource(lookup = "jdbc/routebook")
  private DataSource dataSource;

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  private TransactionSynchronizationRegistry transactions;

  private volatile boolean started;
  private ChannelFollower follower;

  /** For CDI. */
  public FollowedDirectoryChanges() {}

  /** Over the caller's datasource (tests outside the server). */
  public FollowedDirectoryChanges(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public OptionalLong mark() {
    if (!started) {
      start();
    }
    return follower == null ? OptionalLong.empty() : follower.mark();
  }

  /**
   * Announces a write of the current transaction to a table routing reads: the mark moves on this
   * instance once the transaction ends (at once outside one); other instances hear of it by the
   * notification.
   */
  public void changedHere() {
    if (!started) {
      start();
    }
    ChannelFollower following = follower;
    if (following != null) {
      TransactionEnd.then(transactions, following::move);
    }
  }

  private synchronized void start() {
    if (started) {
      return;
    }
    if (Dialect.ofDataSource(dataSource) == Dialect.POSTGRESQL) {
      follower = new ChannelFollower(dataSource, CHANNEL);
    }
    started = true;
  }

  /** Stops following (when the application stops). */
  @PreDestroy
  public synchronized void stop() {
    if (follower != null) {
      follower.stop();
    }
  }
}
