package com.routebook.adapter.persistence.testing;

import com.routebook.adapter.persistence.access.JpaApiKeys;
import com.routebook.adapter.persistence.access.JpaTenants;
import com.routebook.adapter.persistence.access.JpaUserAccounts;
import com.routebook.adapter.persistence.audit.JpaAuditTrail;
import com.routebook.adapter.persistence.directory.JpaCustomerDirectory;
import com.routebook.adapter.persistence.document.JpaDocumentLog;
import com.routebook.adapter.persistence.registry.JpaParticipantRegistry;
import com.routebook.adapter.persistence.search.JdbcDirectorySearch;
import com.routebook.adapter.persistence.search.JdbcRegistrySearch;
import com.routebook.adapter.persistence.settings.JpaTenantSettings;
import com.routebook.application.port.out.ApiKeys;
import com.routebook.application.port.out.AuditTrail;
import com.routebook.application.port.out.CustomerDirectory;
import com.routebook.application.port.out.DirectorySearch;
import com.routebook.application.port.out.DocumentLog;
import com.routebook.application.port.out.ParticipantRegistry;
import com.routebook.application.port.out.RegistrySearch;
import com.routebook.application.port.out.TenantSettings;
import com.routebook.application.port.out.Tenants;
import com.routebook.application.port.out.UserAccounts;
import com.routebook.domain.access.Tenant;
import com.routebook.domain.tenant.TenantId;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;

/**
 * Every port on one database, emptied before each test, with two tenants: {@link #tenantA} and
 * {@link #tenantB}; for the adapter's own tests beside the port contracts (SQL it writes, statement
 * counts, rows stored by hand). Subclasses are annotated {@link OnEachDatabase}.
 */
public abstract class PersistenceTestBase {

  /** The kind of database of this run. */
  @Parameter protected DatabaseKind kind;

  protected TestDatabase database;
  protected JpaTestSupport jpa;
  protected CustomerDirectory directory;
  protected ParticipantRegistry registry;
  protected DirectorySearch directorySearch;
  protected RegistrySearch registrySearch;
  protected DocumentLog documents;
  protected AuditTrail auditTrail;
  protected TenantSettings settings;
  protected Tenants tenants;
  protected UserAccounts users;
  protected ApiKeys apiKeys;
  protected TenantId tenantA;
  protected TenantId tenantB;

  /** The kind of database the test runs on: the run's, unless the test class runs on one only. */
  protected DatabaseKind databaseKind() {
    return kind;
  }

  @BeforeEach
  protected void openPorts() {
    database = databaseKind().database();
    database.empty();
    jpa = new JpaTestSupport(database);
    var em = jpa.entityManager();
    registry = jpa.port(ParticipantRegistry.class, new JpaParticipantRegistry(em));
    directory = jpa.port(CustomerDirectory.class, new JpaCustomerDirectory(em));
    directorySearch = new JdbcDirectorySearch(database.dataSource());
    registrySearch = new JdbcRegistrySearch(database.dataSource());
    documents = jpa.port(DocumentLog.class, new JpaDocumentLog(em));
    auditTrail = jpa.port(AuditTrail.class, new JpaAuditTrail(em));
    settings = jpa.port(TenantSettings.class, new JpaTenantSettings(em));
    tenants = jpa.port(Tenants.class, new JpaTenants(em));
    users = jpa.port(UserAccounts.class, new JpaUserAccounts(em));
    apiKeys = jpa.port(ApiKeys.class, new JpaApiKeys(em));
    tenantA = tenants.add(Tenant.create("Tenant A", Instant.parse("2026-01-01T00:00:00Z"))).id();
    tenantB = tenants.add(Tenant.create("Tenant B", Instant.parse("2026-01-02T00:00:00Z"))).id();
  }

  @AfterEach
  protected void closePorts() {
    jpa.close();
  }
}
