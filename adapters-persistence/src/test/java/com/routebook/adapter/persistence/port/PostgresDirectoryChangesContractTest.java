package com.routebook.adapter.persistence.port;

import static org.assertj.core.api.Assertions.assertThat;

import com.routebook.adapter.persistence.support.FollowedDirectoryChanges;
import com.routebook.adapter.persistence.testing.TestDatabase;
import com.routebook.application.port.out.DirectoryChanges;
import com.routebook.application.port.out.contract.DirectoryChangesContract;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The contract on PostgreSQL, where the triggers of migration V10 announce every statement that
 * writes a table routing reads, made by any connection (another instance, an import, or by hand),
 * and every instance listening hears it.
 */
class PostgresDirectoryChangesContractTest extends DirectoryChangesContract {

  /** One statement per table routing reads; each writes no row, which still fires the trigger. */
  private static final List<String> CHANGES =
      List.of(
          "UPDATE customer SET state = state WHERE false",
          "DELETE FROM customer_number WHERE false",
          "UPDATE participant SET name = name WHERE false",
          "DELETE FROM participant_identifier WHERE false",
          "DELETE FROM participant_provider WHERE false",
          "UPDATE service_provider SET name = name WHERE false",
          "INSERT INTO customer_number SELECT * FROM customer_number WHERE false");

  private final List<FollowedDirectoryChanges> followers = new ArrayList<>();

  @Override
  protected DirectoryChanges directoryChanges() {
    FollowedDirectoryChanges changes =
        new FollowedDirectoryChanges(TestDatabase.postgresql().rawDataSource());
    followers.add(changes);
    awaitMark(changes, OptionalLong::isPresent, "following");
    return changes;
  }

  @Override
  protected void change(String sql) throws SQLException {
    execute(sql);
  }

  @Override
  protected Iterable<String> kindsOfChange() {
    return CHANGES;
  }

  @AfterEach
  void stop() {
    followers.forEach(FollowedDirectoryChanges::stop);
  }

  @Test
  void every_instance_hears_a_change_made_by_another_connection() throws SQLException {
    DirectoryChanges one = directoryChanges();
    DirectoryChanges two = directoryChanges();
    long markOfOne = one.mark().orElseThrow();
    long markOfTwo = two.mark().orElseThrow();

    execute("UPDATE customer SET state = state WHERE false");

    awaitMark(one, m -> m.isPresent() && m.getAsLong() != markOfOne, "one");
    awaitMark(two, m -> m.isPresent() && m.getAsLong() != markOfTwo, "two");
  }

  @Test
  void a_write_of_other_tables_moves_no_mark() throws SQLException {
    DirectoryChanges changes = directoryChanges();
    long before = changes.mark().orElseThrow();

    execute("UPDATE tenant SET name = name WHERE false");
    execute("DELETE FROM document WHERE false");
    execute("UPDATE customer SET state = state WHERE false");

    awaitMark(changes, m -> m.isPresent() && m.getAsLong() != before, "the customer's change");
    assertThat(changes.mark()).hasValue(before + 1);
  }

  @Test
  void a_write_announced_here_moves_the_mark_at_once() {
    FollowedDirectoryChanges changes = (FollowedDirectoryChanges) directoryChanges();
    long before = changes.mark().orElseThrow();

    changes.changedHere(); // outside a transaction: at once

    assertThat(changes.mark().orElseThrow()).isGreaterThan(before);
  }

  @Test
  void a_lost_listening_connection_leaves_no_mark_until_it_listens_again() throws SQLException {
    DirectoryChanges changes = directoryChanges();
    long before = changes.mark().orElseThrow();

    execute(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database()"
            + " AND pid <> pg_backend_pid()"
            + " AND query IN ('SELECT 1', 'LISTEN routebook_directory')");

    awaitMark(changes, m -> m.isEmpty() || m.getAsLong() != before, "lost");
    awaitMark(changes, m -> m.isPresent() && m.getAsLong() != before, "listening again");
  }

  private static void execute(String sql) throws SQLException {
    try (Connection connection = TestDatabase.postgresql().rawDataSource().getConnection();
        Statement statement = connection.createStatement()) {
      connection.setAutoCommit(true);
      statement.execute(sql);
    }
  }
}
