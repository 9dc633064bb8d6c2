package com.routebook.adapter.persistence.port;

import com.routebook.adapter.persistence.directory.JpaCustomerDirectory;
import com.routebook.adapter.persistence.registry.JpaParticipantRegistry;
import com.routebook.adapter.persistence.testing.DatabaseKind;
import com.routebook.adapter.persistence.testing.JpaTestSupport;
import com.routebook.adapter.persistence.testing.TestDatabase;
import com.routebook.application.port.out.CustomerDirectory;
import com.routebook.application.port.out.ParticipantRegistry;
import com.routebook.application.port.out.contract.DirectoryStores;
import com.routebook.domain.tenant.TenantId;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Function;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One contract test's database: emptied, with the contract's tenants stored (the tenant-owned
 * tables refer to them), and a JPA session over it whose ports run each call in a transaction of
 * its own; closed after the test. Registered as an extension by each contract run.
 */
final class ContractSession implements AfterEachCallback {

  private TestDatabase database;
  private JpaTestSupport jpa;

  /** Opens the session on the database of that kind, storing the tenants. */
  ContractSession open(DatabaseKind kind, TenantId... tenants) {
    database = kind.database();
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
    jpa = new JpaTestSupport(database);
    return this;
  }

  /** The JPA adapter made over the session's entity manager, one transaction per call. */
  <T> T port(Class<T> type, Function<EntityManager, ? extends T> adapter) {
    return jpa.port(type, adapter.apply(jpa.entityManager()));
  }

  /** The JPA registry. */
  ParticipantRegistry registry() {
    return port(ParticipantRegistry.class, JpaParticipantRegistry::new);
  }

  /** The JPA registry and directory, over the session's database. */
  DirectoryStores stores() {
    return new DirectoryStores(
        registry(), port(CustomerDirectory.class, JpaCustomerDirectory::new));
  }

  /** The database, for the read sides' JDBC adapters and statement counts. */
  TestDatabase database() {
    return database;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (jpa != null) {
      jpa.close();
      jpa = null;
    }
  }
}
