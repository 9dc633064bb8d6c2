package com.routebook.adapter.persistence.access;

import com.routebook.adapter.persistence.support.Dialect;
import com.routebook.application.port.out.SignInFailures;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The failed sign-ins in table {@code sign_in_failure}, on plain JDBC over the server's datasource:
 * one statement per call. A failure is counted by one atomic upsert ({@code ON CONFLICT} on
 * PostgreSQL, {@code MERGE} on H2), so failures recorded at once through several instances all
 * count. On PostgreSQL a trigger announces every change to the other instances (V7).
 */
@ApplicationScoped
public class JdbcSignInFailures implements SignInFailures {

  static final String FIND =
      "SELECT failures, last_failed_at FROM sign_in_failure"
          + " WHERE username = ? AND client_address = ?";

  /** Binds: username, address, at, count-since. */
  static final String FAILED_POSTGRESQL =
      "INSERT INTO sign_in_failure AS f (username, client_address, failures, last_failed_at)"
          + " VALUES (?, ?, 1, ?) ON CONFLICT (username, client_address) DO UPDATE SET"
          + " failures = CASE WHEN f.last_failed_at < ? THEN 1 ELSE f.failures + 1 END,"
          + " last_failed_at = EXCLUDED.last_failed_at";

  /** Binds: username, address, at, count-since. */
  static final String FAILED_H2 =
      "MERGE INTO sign_in_failure f USING (VALUES (CAST(? AS varchar(100)),"
          + " CAST(? AS varchar(64)), CAST(? AS timestamp with time zone)))"
          + " AS s (username, client_address, at)"
          + " ON f.username = s.username AND f.client_address = s.client_address"
          + " WHEN MATCHED THEN UPDATE SET"
          + " failures = CASE WHEN f.last_failed_at < ? THEN 1 ELSE f.failures + 1 END,"
          + " last_failed_at = s.at"
          + " WHEN NOT MATCHED THEN INSERT (username, client_address, failures, last_failed_at)"
          + " VALUES (s.username, s.client_address, 1, s.at)";

  static final String CLEAR =
      "DELETE FROM sign_in_failure WHERE username = ? AND client_address = ?";

  static final String FORGET = "DELETE FROM sign_in_failure WHERE last_failed_at < ?";

  /** How many times a failure is recorded again after losing a race to insert the first. */
  private static final int ATTEMPTS = 3;

  @Resource(lookup = "jdbc/routebook")
  private DataSource dataSource;

  /** For the container. */
  public JdbcSignInFailures() {}

  public JdbcSignInFailures(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public Optional<Failures> find(String username, String clientAddress) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement find = connection.prepareStatement(FIND)) {
      find.setString(1, username);
      find.setString(2, clientAddress);
      try (ResultSet row = find.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new Failures(row.getInt(1), row.getObject(2, OffsetDateTime.class).toInstant()));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading sign-in failures failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void failed(String username, String clientAddress, Instant at, Instant countSince) {
    String sql =
        Dialect.ofDataSource(dataSource) == Dialect.POSTGRESQL ? FAILED_POSTGRESQL : FAILED_H2;
    for (int attempt = 1; ; attempt++) {
      try (Connection connection = dataSource.getConnection();
          PreparedStatement failed = connection.prepareStatement(sql)) {
        failed.setString(1, username);
        failed.setString(2, clientAddress);
        failed.setObject(3, utc(at));
        failed.setObject(4, utc(countSince));
        failed.executeUpdate();
        return;
      } catch (SQLException e) {
        // H2's MERGE is not atomic against a concurrent first insert: the loser finds the row
        // on its next attempt. PostgreSQL's upsert never loses it.
        if (attempt >= ATTEMPTS || !"23505".equals(e.getSQLState())) {
          throw new IllegalStateException(
              "recording a sign-in failure failed: " + e.getMessage(), e);
        }
      }
    }
  }

  @Override
  public void clear(String username, String clientAddress) {
    update(CLEAR, username, clientAddress);
  }

  @Override
  public void forgetBefore(Instant before) {
    update(FORGET, utc(before));
  }

  private void update(String sql, Object... values) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        update.setObject(i + 1, values[i]);
      }
      update.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("changing sign-in failures failed: " + e.getMessage(), e);
    }
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
