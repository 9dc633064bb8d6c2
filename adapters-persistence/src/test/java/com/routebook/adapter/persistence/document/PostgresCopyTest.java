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
import org.junit.jupiter.api.Test;

/**
 * The copy of a batch straight into the log, on PostgreSQL (the only database it runs on): when one
 * of its documents is in the log already, the batch goes back to its savepoint and replaces that
 * row as an upsert does, with the rest of the batch kept and the replaced document's keys gone.
 */
class PostgresCopyTest extends PersistenceTestBase {

  @Override
  protected DatabaseKind databaseKind() {
    return DatabaseKind.POSTGRESQL;
  }

  @Test
  void a_batch_with_a_document_the_log_holds_replaces_it_and_keeps_the_rest() throws Throwable {
    documents.keepAll(tenantA, List.of(stopped("KEPT")));

    jpa.inTransaction(
        () -> {
          Connection connection = jpa.entityManager().unwrap(Connection.class);
          PostgresCopy.keepAll(
              connection, tenantA.value(), List.of(routed("KEPT"), routed("NEW")), Map.of());
          return null;
        });

    assertThat(documents.find(tenantA, new DocumentId("KEPT"))).contains(routed("KEPT"));
    assertThat(documents.find(tenantA, new DocumentId("NEW"))).contains(routed("NEW"));
    assertThat(number("SELECT version FROM document", "KEPT")).isEqualTo(2);
    assertThat(number("SELECT version FROM document", "NEW")).isEqualTo(1);
    assertThat(number("SELECT COUNT(*) FROM stopped_document_key", "KEPT")).isZero();
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
