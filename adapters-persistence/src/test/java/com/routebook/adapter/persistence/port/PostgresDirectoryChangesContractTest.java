package com.routebook.adapter.persistence.port;

import static org.assertj.core.api.Assertions.assertThat;

import com.routebook.adapter.persistence.support.FollowedDirectoryChanges;
import com.routebook.adapter.persistence.testing.TestDatabase;
import com.routebook.application.port.out.DirectoryChanges;
import com.routebook.application.port.out.contract.DirectoryChangesContract;
import com.routebook.domain.tenant.TenantId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract on PostgreSQL, where the triggers of migrations V10 and V17 announce every statement
 * that writes a table routing reads, made by any connection (another instance, an import, or by
 * hand), and every instance listening hears it: a write of customers or customer numbers as a
 * change of the tenants whose rows it wrote, any other as a change for every tenant.
 */
class PostgresDirectoryChangesContractTest extends DirectoryChangesContract {

  /**
   * Writes of one tenant's rows ({@code ?} is the tenant), then one statement per registry table.
   */
  private static final List<String> CHANGES =
      List.of(
          "UPDATE customer SET state = state WHERE tenant_id = ?",
          "UPDATE customer_number SET position = position WHERE tenant_id = ?",
          "INSERT INTO customer_number (tenant_id, number, customer_id, position)"
              + " SELECT tenant_id, 'ADDED', id, 9 FROM customer WHERE tenant_id = ?",
          "DELETE FROM customer_number WHERE tenant_id = ? AND number = 'ADDED'",
          "UPDATE participant SET name = name WHERE false",
          "DELETE FROM participant_identifier WHERE false",
          "DELETE FROM participant_provider WHERE false",
          "UPDATE service_provider SET name = name WHERE false");

  private final List<FollowedDirectoryChanges> followers = new ArrayList<>();
  private final String unique = UUID.randomUUID().toString().substring(0, 8);
  private final TenantId one = new TenantId("changes-one-" + unique);
  private final TenantId two = new TenantId("changes-two-" + unique);

  @Override
  protected DirectoryChanges directoryChanges() {
    FollowedDirectoryChanges changes =
        new FollowedDirectoryChanges(TestDatabase.postgresql().rawDataSource());
    followers.add(changes);
    awaitMark(changes, one, OptionalLong::isPresent, "following");
    return changes;
  }

  /** A customer with one number in each of the two tenants. */
  @BeforeEach
  void aCustomerInEachTenant() throws SQLException {
    String provider = "sp-" + unique;
    String participant = "p-" + unique;
    execute(
        "INSERT INTO service_provider (id, name, version) VALUES (?, 'Changes SP', 0)", provider);
    execute(
        "INSERT INTO participant (id, name, country, e_address, default_provider_id, status,"
            + " version) VALUES (?, 'Changes', 'SE', '0007:"
            + unique
            + "', '"
            + provider
            + "', 'ACTIVE', 0)",
        participant);
    for (TenantId tenant : List.of(one, two)) {
      execute(
          "INSERT INTO tenant (id, name, created_at) VALUES (?, ?, now())",
          tenant.value(),
          tenant.value());
      String customer = "c-" + tenant.value();
      execute(
          "INSERT INTO customer (id, tenant_id, participant_id, service_provider_id, state,"
              + " version) VALUES (?, ?, ?, ?, 'ACTIVE', 0)",
          customer,
          tenant.value(),
          participant,
          provider);
      execute(
          "INSERT INTO customer_number (tenant_id, number, customer_id, position)"
              + " VALUES (?, 'N1', ?, 0)",
          tenant.value(),
          customer);
    }
  }

  @Override
  protected void change(String sql, TenantId tenant) throws SQLException {
    if (sql.contains("?")) {
      execute(sql, tenant.value());
    } else {
      execute(sql);
    }
  }

  @Override
  protected Iterable<String> kindsOfChange() {
    return CHANGES;
  }

  @Override
  protected String changeOfOneTenant() {
    return CHANGES.get(0);
  }

  @Override
  protected TenantId tenant() {
    return one;
  }

  @Override
  protected TenantId otherTenant() {
    return two;
  }

  @AfterEach
  void stop() {
    followers.forEach(FollowedDirectoryChanges::stop);
  }

  @Test
  void every_instance_hears_a_change_made_by_another_connection() throws SQLException {
    DirectoryChanges first = directoryChanges();
    DirectoryChanges second = directoryChanges();
    long markOfFirst = first.mark(one).orElseThrow();
    long markOfSecond = second.mark(one).orElseThrow();

    execute("UPDATE customer SET state = state WHERE tenant_id = ?", one.value());

    awaitMark(first, one, m -> m.isPresent() && m.getAsLong() != markOfFirst, "first");
    awaitMark(second, one, m -> m.isPresent() && m.getAsLong() != markOfSecond, "second");
  }

  @Test
  void a_write_of_other_tables_or_of_no_row_moves_no_mark() throws SQLException {
    DirectoryChanges changes = directoryChanges();
    long before = changes.mark(one).orElseThrow();

    execute("UPDATE tenant SET name = name WHERE false");
    execute("DELETE FROM document WHERE false");
    execute("UPDATE customer SET state = state WHERE false");
    execute("UPDATE customer SET state = state WHERE tenant_id = ?", one.value());

    awaitMark(changes, one, m -> m.isPresent() && m.getAsLong() != before, "the customer's");
    assertThat(changes.mark(one)).hasValue(before + 1);
  }

  @Test
  void a_statement_over_two_tenants_moves_the_marks_of_both() throws SQLException {
    DirectoryChanges changes = directoryChanges();
    long beforeOne = changes.mark(one).orElseThrow();
    long beforeTwo = changes.mark(two).orElseThrow();

    execute(
        "UPDATE customer_number SET position = position WHERE tenant_id IN (?, ?)",
        one.value(),
        two.value());

    awaitMark(changes, one, m -> m.isPresent() && m.getAsLong() != beforeOne, "one");
    awaitMark(changes, two, m -> m.isPresent() && m.getAsLong() != beforeTwo, "two");
  }

  @Test
  void a_write_announced_here_moves_the_marks_at_once() {
    FollowedDirectoryChanges changes = (FollowedDirectoryChanges) directoryChanges();
    long beforeOne = changes.mark(one).orElseThrow();
    long beforeTwo = changes.mark(two).orElseThrow();

    changes.changedHere(one); // outside a transaction: at once
    assertThat(changes.mark(one).orElseThrow()).isGreaterThan(beforeOne);
    assertThat(changes.mark(two)).hasValue(beforeTwo);

    changes.changedHere(); // the registry: every tenant
    assertThat(changes.mark(two).orElseThrow()).isGreaterThan(beforeTwo);
  }

  @Test
  void a_lost_listening_connection_leaves_no_mark_until_it_listens_again() throws SQLException {
    DirectoryChanges changes = directoryChanges();
    long before = changes.mark(one).orElseThrow();

    execute(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database()"
            + " AND pid <> pg_backend_pid()"
            + " AND query IN ('SELECT 1', 'LISTEN routebook_directory')");

    awaitMark(changes, one, m -> m.isEmpty() || m.getAsLong() != before, "lost");
    awaitMark(changes, one, m -> m.isPresent() && m.getAsLong() != before, "listening again");
  }

  private static void execute(String sql, String... parameters) throws SQLException {
    try (Connection connection = TestDatabase.postgresql().rawDataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      connection.setAutoCommit(true);
      for (int i = 0; i < parameters.length; i++) {
        statement.setString(i + 1, parameters[i]);
      }
      statement.execute();
    }
  }
}
