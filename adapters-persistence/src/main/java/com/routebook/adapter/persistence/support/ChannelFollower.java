package com.routebook.adapter.persistence.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * Follows one PostgreSQL notification channel for an instance: a mark that moves whenever a
 * notification is heard. A notification may concern one scope only (its payload says which, read by
 * the follower's {@code scopeOf}): it then moves that scope's mark, {@link #mark(String)}, and not
 * the others; any other notification moves every mark. Marks are numbers of one sequence and a
 * scope's mark is the later of its own moves and of those of every scope, so a mark only grows and
 * a mark once left never comes back. One connection of the pool is taken for the life of the
 * follower; it listens, and confirms itself every second. While it has not confirmed for {@link
 * #TRUSTED_FOR}, or before it first listens, there is no mark, so nothing read before may be
 * trusted; every (re)connection moves the mark, as notifications may have been missed meanwhile.
 */
public final class ChannelFollower {

  /** How long a confirmation of the listening connection is trusted. */
  public static final Duration TRUSTED_FOR = Duration.ofSeconds(3);

  private static final Logger LOG = Logger.getLogger(ChannelFollower.class.getName());
  private static final int WAIT_MILLIS = 1000;

  private final DataSource dataSource;
  private final String channel;
  private final Function<String, String> scopeOf;
  private final AtomicLong sequence = new AtomicLong();

  /** The sequence's number at the last move of every mark. */
  private final AtomicLong everyScope = new AtomicLong();

  /** The sequence's number at the last move of a scope's own mark; as many as scopes heard of. */
  private final ConcurrentHashMap<String, Long> ofScope = new ConcurrentHashMap<>();

  private final Thread listener;
  private volatile boolean stopped;
  private volatile boolean listening;
  private volatile long confirmedAt;

  /**
   * Starts following the channel (a plain identifier) on a connection of the datasource, which must
   * be PostgreSQL's.
   */
  public ChannelFollower(DataSource dataSource, String channel) {
    this(dataSource, channel, payload -> null);
  }

  /**
   * As above, each notification's scope read from its payload by {@code scopeOf} (null: every
   * scope).
   */
  public ChannelFollower(DataSource dataSource, String channel, Function<String, String> scopeOf) {
    if (!channel.matches("[a-z_]+")) {
      throw new IllegalArgumentException("not a channel name: " + channel);
    }
    this.dataSource = dataSource;
    this.channel = channel;
    this.scopeOf = scopeOf;
    listener = new Thread(this::listen, "routebook-follows-" + channel);
    listener.setDaemon(true);
    listener.start();
  }

  /** The current mark, or empty while the channel is not followed for sure. */
  public OptionalLong mark() {
    return trusted() ? OptionalLong.of(everyScope.get()) : OptionalLong.empty();
  }

  /** The current mark of the scope, or empty while the channel is not followed for sure. */
  public OptionalLong mark(String scope) {
    // the scope's own first: a scope's entry is only ever raised, never dropped
    long own = ofScope.getOrDefault(scope, 0L);
    long every = everyScope.get();
    return trusted() ? OptionalLong.of(Math.max(own, every)) : OptionalLong.empty();
  }

  private boolean trusted() {
    boolean confirmed = System.nanoTime() - confirmedAt < TRUSTED_FOR.toNanos();
    return listening && confirmed;
  }

  /** Moves every mark (a change known here before its notification arrives). */
  public void move() {
    everyScope.accumulateAndGet(sequence.incrementAndGet(), Math::max);
  }

  /** Moves the scope's mark only (a change of that scope known here before its notification). */
  public void move(String scope) {
    ofScope.merge(scope, sequence.incrementAndGet(), Math::max);
  }

  private void heard(String payload) {
    String scope = payload == null ? null : scopeOf.apply(payload);
    if (scope == null) {
      move();
    } else {
      move(scope);
    }
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
        move();
        confirmedAt = System.nanoTime();
        listening = true;
        while (!stopped) {
          var heard = notifications.getNotifications(WAIT_MILLIS);
          if (heard != null) {
            for (var notification : heard) {
              heard(notification.getParameter());
            }
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
        move();
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
