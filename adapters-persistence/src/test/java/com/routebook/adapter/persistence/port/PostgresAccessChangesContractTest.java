package com.routebook.adapter.persistence.port;

import static org.assertj.core.api.Assertions.assertThat;

import com.routebook.adapter.persistence.access.FollowedAccessChanges;
import com.routebook.adapter.persistence.access.JdbcSignInFailures;
import com.routebook.adapter.persistence.testing.TestDatabase;
import com.routebook.application.port.out.AccessChanges;
import com.routebook.application.port.out.contract.AccessChangesContract;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The contract on PostgreSQL, and what only PostgreSQL does: a change of an account or a key made
 * by any connection (another instance, or by hand) moves the mark of every instance listening.
 */
class PostgresAccessChangesContractTest extends AccessChangesContract {

  private static final Duration PATIENCE = Duration.ofSeconds(20);

  private final List<FollowedAccessChanges> followers = new ArrayList<>();

  @Override
  protected AccessChanges accessChanges() {
    FollowedAccessChanges changes = follower();
    awaitMark(changes, OptionalLong::isPresent);
    return changes;
  }

  private FollowedAccessChanges follower() {
    FollowedAccessChanges changes =
        new FollowedAccessChanges(TestDatabase.postgresql().rawDataSource());
    followers.add(changes);
    return changes;
  }

  @AfterEach
  void stop() {
    followers.forEach(FollowedAccessChanges::stop);
  }

  @Test
  void a_key_or_an_account_changed_by_another_connection_moves_the_mark_of_every_instance()
      throws SQLException {
    AccessChanges one = accessChanges();
    AccessChanges two = accessChanges();

    for (String change :
        List.of(
            "UPDATE api_key SET revoked_at = revoked_at WHERE false",
            "DELETE FROM app_user WHERE false")) {
      long markOfOne = one.mark().orElseThrow();
      long markOfTwo = two.mark().orElseThrow();
      execute(change);
      awaitMark(one, m -> m.isPresent() && m.getAsLong() != markOfOne);
      awaitMark(two, m -> m.isPresent() && m.getAsLong() != markOfTwo);
    }
  }

  @Test
  void a_sign_in_failure_recorded_anywhere_moves_the_mark_and_forgetting_nothing_does_not()
      throws SQLException {
    AccessChanges changes = accessChanges();
    long before = changes.mark().orElseThrow();

    execute("DELETE FROM sign_in_failure WHERE false");
    new JdbcSignInFailures(TestDatabase.postgresql().rawDataSource())
        .failed("mallory", "10.6.6.6", Instant.now(), Instant.now().minusSeconds(60));

    awaitMark(changes, m -> m.isPresent() && m.getAsLong() != before);
    assertThat(changes.mark().orElseThrow()).isEqualTo(before + 1);
    execute("DELETE FROM sign_in_failure");
  }

  @Test
  void a_change_of_other_tables_moves_no_mark() throws SQLException {
    AccessChanges changes = accessChanges();
    long before = changes.mark().orElseThrow();

    execute("UPDATE tenant SET name = name WHERE false");
    execute("UPDATE api_key SET revoked_at = revoked_at WHERE false");

    awaitMark(changes, m -> m.isPresent() && m.getAsLong() != before);
    long afterOneChange = changes.mark().orElseThrow();
    assertThat(afterOneChange).isEqualTo(before + 1);
  }

  @Test
  void a_lost_listening_connection_leaves_no_mark_until_it_listens_again() throws SQLException {
    FollowedAccessChanges changes = (FollowedAccessChanges) accessChanges();
    long before = changes.mark().orElseThrow();

    execute(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database()"
            + " AND pid <> pg_backend_pid() AND query IN ('SELECT 1', 'LISTEN routebook_access')");

    awaitMark(changes, m -> m.isEmpty() || m.getAsLong() != before);
    awaitMark(changes, m -> m.isPresent() && m.getAsLong() != before);
  }

  private static void execute(String sql) throws SQLException {
    try (Connection connection = TestDatabase.postgresql().rawDataSource().getConnection();
        Statement statement = connection.createStatement()) {
      connection.setAutoCommit(true);
      statement.execute(sql);
    }
  }

  private static void awaitMark(AccessChanges changes, Predicate<OptionalLong> wanted) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!wanted.test(changes.mark())) {
      assertThat(System.nanoTime()).as("the mark did not come in time").isLessThan(deadline);
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
