package com.routebook.adapter.persistence.document;

import com.routebook.adapter.persistence.support.CopyText;
import com.routebook.domain.routing.DocumentRecord;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a batch of documents on PostgreSQL with {@code COPY}. A batch's documents are nearly
 * always new, so they are copied straight into {@code document}, which PostgreSQL writes a page of
 * rows at a time, under a savepoint. When one of them is in the log already (sent again, resent, or
 * added meanwhile by another transaction) the copy fails on the primary key; the batch goes back to
 * the savepoint and replaces: the same rows copied into a temporary table of the session, then one
 * {@code INSERT ... SELECT ... ON CONFLICT} into {@code document} (which waits for another
 * transaction's rows as an upsert does), then the keys of the batch's documents deleted. Last, the
 * keys of the stopped ones are copied into {@code stopped_document_key}.
 *
 * <p>Nothing is looked up before the copy. A probe of the batch's ids in the primary key ({@code
 * document_id = ANY (?)}) was planned on the table's statistics: with the tenant's rows estimated
 * at one, as after a tenant's first day, PostgreSQL scanned all 630,000 of them through another
 * index instead, 775 ms a batch. On 10,000 documents, the straight copy took 225-254 ms where the
 * temporary table and the upsert took 290-310 (psql, the same rows).
 *
 * <p>The rows are written in {@link CopyText}'s format as the copy sends them, a buffer at a time
 * (a second time only when the batch replaces). Only PostgreSQL's driver classes are used here, so
 * H2 never loads them.
 */
final class PostgresCopy {

  private static final String BATCH_TABLE =
      "CREATE TEMP TABLE IF NOT EXISTS document_batch ON COMMIT DELETE ROWS AS SELECT "
          + DocumentMapper.COLUMNS
          + ", version FROM document WITH NO DATA";

  private static final String UPSERT =
      "INSERT INTO document ("
          + DocumentMapper.COLUMNS
          + ", version) SELECT "
          + DocumentMapper.COLUMNS
          + ", 1 FROM document_batch ON CONFLICT (tenant_id, document_id) DO UPDATE SET "
          + String.join(
              ", ", DocumentMapper.VALUE_COLUMNS.stream().map(c -> c + " = EXCLUDED." + c).toList())
          + ", version = document.version + 1";

  /** The version of a document's first row. */
  private static final String FIRST_VERSION = "1";

  /**
   * The columns of a batch's rows as COPY reads them from here: the document's, then its version.
   */
  private static final String ROW_COLUMNS = " (" + DocumentMapper.COLUMNS + ", version) FROM STDIN";

  /**
   * The keys of the documents replaced, found by their primary key, one probe per document id bound
   * in an array. Put as {@code IN (SELECT document_id FROM document_batch)}, the plan depended on
   * estimates of a temporary table PostgreSQL never analyses: with the tenant's keys estimated at
   * one row it took a nested loop over both and spent 21 s of a 10,000-document batch (its log).
   */
  private static final String DELETE_KEYS =
      "DELETE FROM stopped_document_key WHERE tenant_id = ? AND document_id = ANY (?)";

  /** PostgreSQL's code of a unique violation. */
  private static final String UNIQUE_VIOLATION = "23505";

  private PostgresCopy() {}

  /** Keeps the records (distinct ids) of the tenant and replaces the keys of their stopped ones. */
  static void keepAll(
      Connection connection,
      String tenant,
      Collection<DocumentRecord> records,
      Map<DocumentRecord, List<Map.Entry<String, String>>> keys)
      throws SQLException {
    Map<Object, String> instants = new HashMap<>();
    CopyText.RowSource rows =
        out -> {
          for (DocumentRecord record : records) {
            out.rowWith(values(tenant, record, instants), FIRST_VERSION);
          }
        };
    if (!copyNew(connection, rows)) {
      upsert(connection, rows);
      deleteKeys(connection, tenant, records);
    }
    if (keys.values().stream().allMatch(List::isEmpty)) {
      return; // no stopped document: no copy
    }
    CopyText.copyIn(
        connection,
        "COPY stopped_document_key (tenant_id, document_id, key_kind, key_value) FROM STDIN",
        out -> {
          for (Map.Entry<DocumentRecord, List<Map.Entry<String, String>>> kept : keys.entrySet()) {
            String documentId = kept.getKey().documentId().value();
            for (Map.Entry<String, String> key : kept.getValue()) {
              out.row(List.of(tenant, documentId, key.getKey(), key.getValue()));
            }
          }
        });
  }

  /**
   * Copies the rows into the log under a savepoint; false, back at the savepoint, when one of their
   * documents is there already.
   */
  private static boolean copyNew(Connection connection, CopyText.RowSource rows)
      throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("SAVEPOINT document_copy");
      try {
        CopyText.copyIn(connection, "COPY document" + ROW_COLUMNS, rows);
      } catch (SQLException failure) {
        if (!UNIQUE_VIOLATION.equals(failure.getSQLState())) {
          throw failure;
        }
        statement.execute("ROLLBACK TO SAVEPOINT document_copy");
        return false;
      }
      statement.execute("RELEASE SAVEPOINT document_copy");
      return true;
    }
  }

  private static void upsert(Connection connection, CopyText.RowSource rows) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(BATCH_TABLE);
      statement.execute("DELETE FROM document_batch");
      CopyText.copyIn(connection, "COPY document_batch" + ROW_COLUMNS, rows);
      statement.executeUpdate(UPSERT);
    }
  }

  /**
   * A record's values with its instants as text, each distinct instant of a batch formatted once (a
   * batch's documents share theirs: formatting them took 3% of a batch's time in the server).
   */
  private static List<Object> values(
      String tenant, DocumentRecord record, Map<Object, String> instants) {
    List<Object> values = DocumentMapper.values(tenant, record);
    for (int i = values.size() - DocumentMapper.INSTANTS; i < values.size(); i++) {
      values.set(i, instants.computeIfAbsent(values.get(i), Object::toString));
    }
    return values;
  }

  private static void deleteKeys(
      Connection connection, String tenant, Collection<DocumentRecord> records)
      throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement(DELETE_KEYS)) {
      Array ids =
          connection.createArrayOf(
              "varchar", records.stream().map(r -> r.documentId().value()).toArray(String[]::new));
      try {
        delete.setString(1, tenant);
        delete.setArray(2, ids);
        delete.executeUpdate();
      } finally {
        ids.free();
      }
    }
  }
}
