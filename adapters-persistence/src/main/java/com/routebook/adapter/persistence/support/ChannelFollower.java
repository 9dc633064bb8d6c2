package com.routebook.adapter.persistence.support;

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
 * Follows one PostgreSQL notification channel for an instance: a mark that moves whenever a
 * notification is heard. One connection of the pool is taken for the life of the follower; it
 * listens, and confirms itself every second. While it has not confirmed for {@link #TRUSTED_FOR},
 * or before it first listens, there is no mark, so nothing read before may be trusted; every
 * (re)connection moves the mark, as notifications may have been missed meanwhile.
 */
public final class ChannelFollower {

  /** How long a confirmation of the listening connection is trusted. */
  public static final Duration TRUSTED_FOR = Duration.ofSeconds(3);

  private static final Logger LOG = Logger.getLogger(ChannelFollower.class.getName());
  private static final int WAIT_MILLIS = 1000;

  private final DataSource dataSource;
  private final String channel;
  private final AtomicLong mark = new AtomicLong();
  private final Thread listener;
  private volatile boolean stopped;
  private volatile boolean listening;
  private volatile long confirmedAt;

  /**
   * Starts following the channel (a plain identifier) on a connection of the datasource, which must
   * be PostgreSQL's.
   */
  public ChannelFollower(DataSource dataSource, String channel) {
    if (!channel.matches("[a-z_]+")) {
      throw new IllegalArgumentException("not a channel name: " + channel);
    }
    this.dataSource = dataSource;
    this.channel = channel;
    listener = new Thread(this::listen, "routebook-follows-" + channel);
    listener.setDaemon(true);
    listener.start();
  }

  /** The current mark, or empty while the channel is not followed for sure. */
  public OptionalLong mark() {
    boolean confirmed = System.nanoTime() - confirmedAt < TRUSTED_FOR.toNanos();
    return listening && confirmed ? OptionalLong.of(mark.get()) : OptionalLong.empty();
  }

  /** Moves the mark (a change known here before its notification arrives). */
  public void move() {
    mark.incrementAndGet();
  }

  /** Stops following. */
  public void stop() {
    stopped = true;
    listener.interrupt();
  }

  private void listen() {
    while (!stopped) {
      try (Connection connection = dataSource.getConnection()) {
        connection.setAutoCommit(true);
        PGConnection notifications = connection.unwrap(PGConnection.class);
        try (Statement statement = connection.createStatement()) {
          statement.execute("LISTEN " + channel);
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
        // an application without the driver's classes (a test archive): nothing is trusted
        LOG.log(Level.WARNING, "cannot follow " + channel + ": " + e + "; nothing is remembered");
        stopped = true;
      } catch (SQLException | RuntimeException e) {
        listening = false;
        mark.incrementAndGet();
        if (!stopped) {
          LOG.log(Level.WARNING, "lost the notifications of " + channel + "; retrying", e);
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
