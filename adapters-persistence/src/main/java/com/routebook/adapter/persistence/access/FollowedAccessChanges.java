package com.routebook.adapter.persistence.access;

import com.routebook.adapter.persistence.support.ChannelFollower;
import com.routebook.adapter.persistence.support.Dialect;
import com.routebook.adapter.persistence.support.TransactionEnd;
import com.routebook.application.port.out.AccessChanges;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Follows the changes of accounts and API keys.
 *
 * <ul>
 *   <li>On PostgreSQL, the triggers of migration V5 send a notification on channel {@value
 *       #CHANNEL} whenever a row of {@code app_user} or {@code api_key} is updated or deleted, by
 *       any instance or by hand; each instance follows the channel ({@link ChannelFollower}) and
 *       has no mark while it cannot, so nothing is trusted from memory then.
 *   <li>On the embedded H2 database only one instance can run, and every change goes through its
 *       services, which announce it ({@link #changedHere()}).
 * </ul>
 */
@ApplicationScoped
public class FollowedAccessChanges implements AccessChanges {

  /** The notification channel of the triggers (migration V5 on PostgreSQL). */
  static final String CHANNEL = "routebook_access";

  @Resource(lookup = "jdbc/routebook")
  private DataSource dataSource;

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  private TransactionSynchronizationRegistry transactions;

  /** Changes announced here, on H2 (on PostgreSQL the follower's mark moves too). */
  private final AtomicLong announced = new AtomicLong();

  private volatile boolean started;
  private ChannelFollower follower;

  /** For CDI. */
  public FollowedAccessChanges() {}

  /** Over the caller's datasource, outside any transaction manager (tests). */
  public FollowedAccessChanges(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public OptionalLong mark() {
    if (!started) {
      start();
    }
    if (follower == null) {
      return OptionalLong.of(announced.get());
    }
    return follower.mark();
  }

  @Override
  public void changedHere() {
    TransactionEnd.then(transactions, this::moveMark);
  }

  private void moveMark() {
    announced.incrementAndGet();
    if (follower != null) {
      follower.move();
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

  /** Stops listening (when the application stops). */
  @PreDestroy
  public synchronized void stop() {
    if (follower != null) {
      follower.stop();
    }
  }
}
