package com.routebook.adapter.persistence.transfer;

import com.routebook.adapter.persistence.support.CopyText;
import com.routebook.adapter.persistence.support.Dialect;
import com.routebook.adapter.persistence.support.FollowedDirectoryChanges;
import com.routebook.adapter.persistence.support.SnapshotJson;
import com.routebook.application.port.out.ImportWrites;
import com.routebook.domain.ConflictException;
import com.routebook.domain.customer.Customer;
import com.routebook.domain.customer.CustomerChange;
import com.routebook.domain.tenant.TenantId;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import javax.sql.DataSource;

/**
 * An import's writes on a connection of their own with auto-commit off: one local transaction that
 * the session commits or rolls back. New rows go to {@code customer}, {@code customer_number} and
 * {@code audit_entry} with {@code COPY} on PostgreSQL and JDBC batches on H2; changed customers are
 * one batch of version-checked updates and their numbers replaced. The database's constraints hold
 * as for every other write. Audit ids come from {@code audit_entry_seq} in blocks of 50, as the JPA
 * mapping takes them (a value stands for the 50 ids up to it), so both never collide.
 */
@ApplicationScoped
public class JdbcImportWrites implements ImportWrites {

  /** Ids one value of the audit sequence stands for (the JPA mapping's allocation size). */
  static final int AUDIT_BLOCK = 50;

  @Resource(lookup = "jdbc/routebook")
  private DataSource dataSource;

  /** Told of each commit, so this instance's routing memory of the tenant moves at once. */
  @Inject private FollowedDirectoryChanges changes;

  /** For CDI. */
  public JdbcImportWrites() {}

  /** With a datasource of the caller's (tests and the benchmark). */
  public JdbcImportWrites(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** With a datasource of the caller's, telling the changes of each commit (tests). */
  public JdbcImportWrites(DataSource dataSource, FollowedDirectoryChanges changes) {
    this.dataSource = dataSource;
    this.changes = changes;
  }

  @Override
  public Session open(TenantId tenantId) {
    try {
      Connection connection = dataSource.getConnection();
      try {
        connection.setAutoCommit(false);
      } catch (SQLException e) {
        connection.close();
        throw e;
      }
      return new JdbcSession(
          connection, tenantId, Dialect.ofDataSource(dataSource) == Dialect.POSTGRESQL, changes);
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  private static IllegalStateException failed(SQLException e) {
    return new IllegalStateException("import write: " + e.getMessage(), e);
  }

  /** One transaction on one connection. */
  private static final class JdbcSession implements Session {
    private final Connection connection;
    private final TenantId tenantId;
    private final boolean postgres;
    private final FollowedDirectoryChanges changes;
    private final Deque<Long> auditIds = new ArrayDeque<>();
    private boolean committed;

    JdbcSession(
        Connection connection,
        TenantId tenantId,
        boolean postgres,
        FollowedDirectoryChanges changes) {
      this.connection = connection;
      this.tenantId = tenantId;
      this.postgres = postgres;
      this.changes = changes;
    }

    @Override
    public void add(List<Customer> customers) {
      if (customers.isEmpty()) {
        return;
      }
      List<List<?>> rows = new ArrayList<>(customers.size());
      for (Customer customer : customers) {
        requireTenant(customer);
        rows.add(
            Arrays.asList(
                customer.id().value(),
                tenantId.value(),
                customer.participantId().value(),
                customer.serviceProviderId().value(),
                customer.state().name(),
                1L));
      }
      try {
        insert(
            "customer", "id, tenant_id, participant_id, service_provider_id, state, version", rows);
        insert("customer_number", "tenant_id, number, customer_id, position", numbers(customers));
      } catch (SQLException e) {
        throw failed(e);
      }
    }

    @Override
    public void update(List<Customer> customers) {
      if (customers.isEmpty()) {
        return;
      }
      try {
        try (PreparedStatement update =
            connection.prepareStatement(
                "UPDATE customer SET service_provider_id = ?, state = ?, version = version + 1"
                    + " WHERE tenant_id = ? AND id = ? AND version = ?")) {
          for (Customer customer : customers) {
            requireTenant(customer);
            update.setString(1, customer.serviceProviderId().value());
            update.setString(2, customer.state().name());
            update.setString(3, tenantId.value());
            update.setString(4, customer.id().value());
            update.setLong(5, customer.version());
            update.addBatch();
          }
          for (int count : update.executeBatch()) {
            if (count == 0) {
              throw ConflictException.concurrentChange();
            }
          }
        }
        try (PreparedStatement delete =
            connection.prepareStatement(
                "DELETE FROM customer_number WHERE tenant_id = ? AND customer_id = ?")) {
          for (Customer customer : customers) {
            delete.setString(1, tenantId.value());
            delete.setString(2, customer.id().value());
            delete.addBatch();
          }
          delete.executeBatch();
        }
        insert("customer_number", "tenant_id, number, customer_id, position", numbers(customers));
      } catch (SQLException e) {
        throw failed(e);
      }
    }

    @Override
    public void audit(List<CustomerChange> changes) {
      if (changes.isEmpty()) {
        return;
      }
      try {
        reserveAuditIds(changes.size());
        List<List<?>> rows = new ArrayList<>(changes.size());
        for (CustomerChange change : changes) {
          if (!change.tenantId().equals(tenantId)) {
            throw new IllegalArgumentException("change of another tenant: " + change.customerId());
          }
          rows.add(
              Arrays.asList(
                  auditIds.removeFirst(),
                  tenantId.value(),
                  change.customerId().value(),
                  change.action().name(),
                  change.actor(),
                  postgres ? change.at().toString() : Timestamp.from(change.at()),
                  SnapshotJson.write(change.before()),
                  SnapshotJson.write(change.after())));
        }
        insert(
            "audit_entry",
            "id, tenant_id, customer_id, action, actor, changed_at, before_state, after_state",
            rows);
      } catch (SQLException e) {
        throw failed(e);
      }
    }

    /** Takes enough values of the sequence for count more ids, each value for a block of 50. */
    private void reserveAuditIds(int count) throws SQLException {
      int blocks = (count - auditIds.size() + AUDIT_BLOCK - 1) / AUDIT_BLOCK;
      if (blocks <= 0) {
        return;
      }
      String sql =
          postgres
              ? "SELECT nextval('audit_entry_seq') FROM generate_series(1, ?)"
              : "SELECT NEXT VALUE FOR audit_entry_seq FROM SYSTEM_RANGE(1, ?)";
      try (PreparedStatement next = connection.prepareStatement(sql)) {
        next.setInt(1, blocks);
        try (ResultSet values = next.executeQuery()) {
          while (values.next()) {
            long last = values.getLong(1);
            for (long id = last - AUDIT_BLOCK + 1; id <= last; id++) {
              auditIds.addLast(id);
            }
          }
        }
      }
    }

    private List<List<?>> numbers(List<Customer> customers) {
      List<List<?>> rows = new ArrayList<>();
      for (Customer customer : customers) {
        List<String> numbers = customer.numbers().asStrings();
        for (int position = 0; position < numbers.size(); position++) {
          rows.add(
              Arrays.asList(
                  tenantId.value(), numbers.get(position), customer.id().value(), position));
        }
      }
      return rows;
    }

    private void insert(String table, String columns, List<List<?>> rows) throws SQLException {
      if (rows.isEmpty()) {
        return;
      }
      if (postgres) {
        CopyText.copyIn(
            connection,
            "COPY " + table + " (" + columns + ") FROM STDIN",
            out -> {
              for (List<?> row : rows) {
                out.row(row);
              }
            });
        return;
      }
      int width = rows.get(0).size();
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO "
                  + table
                  + " ("
                  + columns
                  + ") VALUES ("
                  + String.join(", ", java.util.Collections.nCopies(width, "?"))
                  + ")")) {
        for (List<?> row : rows) {
          for (int i = 0; i < width; i++) {
            insert.setObject(i + 1, row.get(i));
          }
          insert.addBatch();
        }
        insert.executeBatch();
      }
    }

    private void requireTenant(Customer customer) {
      if (!customer.tenantId().equals(tenantId)) {
        throw new IllegalArgumentException("customer of another tenant: " + customer.id());
      }
    }

    @Override
    public void commit() {
      try {
        connection.commit();
        committed = true;
        if (changes != null) {
          // the other instances hear of it from V17's triggers
          changes.changedHere(tenantId);
        }
      } catch (SQLException e) {
        throw failed(e);
      }
    }

    @Override
    public void close() {
      try {
        if (!committed) {
          connection.rollback();
        }
        connection.setAutoCommit(true);
      } catch (SQLException e) {
        throw failed(e);
      } finally {
        try {
          connection.close();
        } catch (SQLException e) {
          // the connection goes back to the pool or away; the transaction ended above
        }
      }
    }
  }
}
