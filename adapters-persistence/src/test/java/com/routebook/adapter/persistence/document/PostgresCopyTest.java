package com.routebook.adapter.persistence.document;

import static com.routebook.adapter.persistence.document.JpaDocumentLogStorageTest.routed;
import static com.routebook.adapter.persistence.document.JpaDocumentLogStorageTest.stopped;
import static org.assertj.core.api.Assertions.assertThat;

import com.routebook.adapter.persistence.testing.DatabaseKind;
import com.routebook.adapter.persistence.testing.PersistenceTestBase;
import com.routebook.domain.routing.DocumentId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The copy of new documents straight into the log, on PostgreSQL (the only database it runs on):
 * when a document it takes for new is there by the time it copies, as when another transaction
 * added it after the probe, the batch goes back to its savepoint and replaces that row as an upsert
 * does, with the rest of the batch kept.
 */
class PostgresCopyTest extends PersistenceTestBase {

  @Override
  protected DatabaseKind databaseKind() {
    return DatabaseKind.POSTGRESQL;
  }

  @Test
  void a_document_added_since_the_probe_is_replaced_and_the_batch_kept_whole() throws Throwable {
    documents.keepAll(tenantA, List.of(stopped("RACED")));

    jpa.inTransaction(
        () -> {
          Connection connection = jpa.entityManager().unwrap(Connection.class);
          PostgresCopy.keepAll(
              connection,
              tenantA.value(),
              List.of(routed("RACED"), routed("NEW")),
              Map.of(),
              Set.of()); // as probed before another transaction added RACED
          return null;
        });

    assertThat(documents.find(tenantA, new DocumentId("RACED"))).contains(routed("RACED"));
    assertThat(documents.find(tenantA, new DocumentId("NEW"))).contains(routed("NEW"));
    assertThat(number("SELECT version FROM document", "RACED")).isEqualTo(2);
    assertThat(number("SELECT version FROM document", "NEW")).isEqualTo(1);
    assertThat(number("SELECT COUNT(*) FROM stopped_document_key", "RACED")).isZero();
  }

  /** The number a query of one document's rows gives. */
  private long number(String select, String documentId) throws SQLException {
    try (Connection connection = database.rawDataSource().getConnection();
        PreparedStatement statement =
            connection.prepareStatement(select + " WHERE tenant_id = ? AND document_id = ?")) {
      statement.setString(1, tenantA.value());
      statement.setString(2, documentId);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? rows.getLong(1) : -1L;
      }
    }
  }
}
