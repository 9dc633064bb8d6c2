package com.routebook.adapter.persistence.port;

import com.routebook.adapter.persistence.testing.JpaTestSupport;
import com.routebook.adapter.persistence.testing.TestDatabase;
import com.routebook.domain.tenant.TenantId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Prepares a database for one contract test: emptied, with the contract's tenants stored (the
 * tenant-owned tables refer to them), and a JPA session over it.
 */
final class ContractDatabase {

  private ContractDatabase() {}

  static JpaTestSupport open(TestDatabase database, TenantId... tenants) {
    database.empty();
    try (Connection connection = database.rawDataSource().getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO tenant (id, name, created_at) VALUES (?, ?, ?)")) {
      for (TenantId tenant : tenants) {
        insert.setString(1, tenant.value());
        insert.setString(2, tenant.value());
        insert.setObject(3, OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
        insert.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot store the contract's tenants", e);
    }
    return new JpaTestSupport(database);
  }
}
