package com.routebook.adapter.persistence.access;

import com.routebook.adapter.persistence.support.Dialect;
import com.routebook.application.port.out.AccessChanges;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * Follows the changes of accounts and API keys.
 *
 * <ul>
 *   <li>On PostgreSQL, the triggers of migration V5 send a notification on channel {@value
 *       #CHANNEL} whenever a row of {@code app_user} or {@code api_key} is updated or deleted, by
 *       any instance or by hand; each instance listens on one connection of its own (taken from the
 *       pool for the life of the application) and moves the mark when it hears one. The listener
 *       confirms its connection every second; while it has not for {@link #TRUSTED_FOR}, or before
 *       it listens, there is no mark, so nothing is trusted from memory. Every (re)connection moves
 *       the mark, as changes may have been missed meanwhile.
 *   <li>On the embedded H2 database only one instance can run, and every change goes through its
 *       services, which announce it ({@link #changedHere()}).
 * </ul>
 */
@ApplicationScoped
public class FollowedAccessChanges implements AccessChanges {

  /** The notification channel of the triggers (migration V5 on PostgreSQL). */
  static final String CHANNEL = "routebook_access";

  /** How long a confirmation of the listening connection is trusted. */
  static final Duration TRUSTED_FOR = Duration.ofSeconds(3);

  private static final Logger LOG = Logger.getLogger(FollowedAccessChanges.class.getName());
  private static final int WAIT_MILLIS = 1000;

  @Resource(lookup = "jdbc/routebook")
  private DataSource dataSource;

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  private TransactionSynchronizationRegistry transactions;

  private final AtomicLong mark = new AtomicLong();
  private volatile boolean started;
  private volatile boolean stopped;
  private volatile boolean listening;
  private volatile long confirmedAt;
  private Dialect dialect;
  private Thread listener;

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
    if (dialect == Dialect.H2) {
      return OptionalLong.of(mark.get());
    }
    boolean confirmed = System.nanoTime() - confirmedAt < TRUSTED_FOR.toNanos();
    return listening && confirmed ? OptionalLong.of(mark.get()) : OptionalLong.empty();
  }

  @Override
  public void changedHere() {
    if (transactions != null && transactions.getTransactionKey() != null) {
      transactions.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {
              // the mark moves once the change is visible (or undone)
            }

            @Override
            public void afterCompletion(int status) {
              mark.incrementAndGet();
            }
          });
    } else {
      mark.incrementAndGet();
    }
  }

  private synchronized void start() {
    if (started) {
      return;
    }
    dialect = Dialect.ofDataSource(dataSource);
    if (dialect == Dialect.POSTGRESQL) {
      listener = new Thread(this::listen, "routebook-access-changes");
      listener.setDaemon(true);
      listener.start();
    }
    started = true;
  }

  /** Stops listening (when the application stops). */
  @PreDestroy
  public synchronized void stop() {
    stopped = true;
    if (listener != null) {
      listener.interrupt();
    }
  }

  private void listen() {
    while (!stopped) {
      try (Connection connection = dataSource.getConnection()) {
        connection.setAutoCommit(true);
        PGConnection notifications = connection.unwrap(PGConnection.class);
        try (Statement statement = connection.createStatement()) {
          statement.execute("LISTEN " + CHANNEL);
        }
        mark.incrementAndGet();
        confirmedAt = System.nanoTime();
        listening = true;
        while (!stopped) {
          var heard = notifications.getNotifications(WAIT_MILLIS);
          if (heard != null && heard.length > 0) {
            mark.incrementAndGet();
          }
          try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT 1");
          }
          confirmedAt = System.nanoTime();
        }
      } catch (LinkageError e) {
        // an application without the driver's classes (a test archive): nothing is remembered
        LOG.log(Level.WARNING, "cannot follow access changes: " + e + "; nothing is remembered");
        stopped = true;
      } catch (SQLException | RuntimeException e) {
        listening = false;
        mark.incrementAndGet();
        if (!stopped) {
          LOG.log(Level.WARNING, "lost the database notifications of access changes; retrying", e);
          pause();
        }
      }
    }
    listening = false;
  }

  private void pause() {
    try {
      Thread.sleep(WAIT_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stopped = true;
    }
  }
}
