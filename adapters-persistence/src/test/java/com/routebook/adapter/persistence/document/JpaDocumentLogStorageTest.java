package com.routebook.adapter.persistence.document;

import static com.routebook.adapter.persistence.testing.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.routebook.adapter.persistence.testing.OnEachDatabase;
import com.routebook.adapter.persistence.testing.PersistenceTestBase;
import com.routebook.application.port.DocumentFilter;
import com.routebook.domain.Explanation;
import com.routebook.domain.ExplanationCode;
import com.routebook.domain.customer.CustomerId;
import com.routebook.domain.customer.CustomerNumber;
import com.routebook.domain.customer.CustomerState;
import com.routebook.domain.participant.ParticipantId;
import com.routebook.domain.participant.ParticipantStatus;
import com.routebook.domain.participant.ServiceProvider;
import com.routebook.domain.participant.ServiceProviderId;
import com.routebook.domain.routing.DocumentId;
import com.routebook.domain.routing.DocumentRecord;
import com.routebook.domain.routing.DocumentReference;
import com.routebook.domain.routing.MatchedBy;
import com.routebook.domain.routing.Recipient;
import com.routebook.domain.routing.RoutingDecision;
import com.routebook.domain.routing.StopReason;
import com.routebook.domain.search.SearchPattern;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the document log's rows must do on every database beyond the port's contract (which the
 * application's {@code DocumentLogContract} checks): versions, whole batches, the caller's
 * transaction, the keys of stopped documents, a fixed number of statements per batch, and rows
 * written before routing explanations were catalogued.
 */
@OnEachDatabase
class JpaDocumentLogStorageTest extends PersistenceTestBase {

  private static final CustomerNumber A_1 = new CustomerNumber("A-1");

  @Test
  void replacing_a_document_increments_its_version() {
    documents.keepAll(tenantA, List.of(stopped("INV-1"), stopped("INV-2")));
    documents.keepAll(tenantA, List.of(routed("INV-1")));
    documents.keepAll(tenantA, List.of(stopped("INV-1")));

    assertThat(version("INV-1")).isEqualTo(3);
    assertThat(version("INV-2")).isEqualTo(1);
    assertThat(documents.find(tenantA, new DocumentId("INV-1"))).contains(stopped("INV-1"));
  }

  @Test
  void a_batch_with_a_row_the_database_refuses_keeps_nothing() {
    documents.keepAll(tenantA, List.of(stopped("KEPT")));
    List<DocumentRecord> batch = new ArrayList<>();
    batch.add(routed("KEPT"));
    for (int i = 0; i < 1_500; i++) {
      batch.add(stopped("NEW-" + i));
    }
    batch.add(routedTo("TOO-LONG", "p".repeat(40)));

    assertThatThrownBy(() -> documents.keepAll(tenantA, batch)).isNotNull();

    assertThat(documents.find(tenantA, new DocumentId("KEPT"))).contains(stopped("KEPT"));
    assertThat(version("KEPT")).isEqualTo(1);
    assertThat(documents.find(tenantA, new DocumentId("NEW-0"))).isEmpty();
    assertThat(documents.find(tenantA, new DocumentId("NEW-1499"))).isEmpty();
    assertThat(documents.findStoppedReferencing(tenantA, Set.of(A_1), Set.of()))
        .containsExactly(stopped("KEPT"));
  }

  @Test
  void a_batch_written_in_a_transaction_that_rolls_back_is_not_kept() {
    documents.keepAll(tenantA, List.of(stopped("OLD")));

    assertThatThrownBy(
            () ->
                jpa.inTransaction(
                    () -> {
                      documents.keepAll(tenantA, List.of(routed("OLD"), stopped("NEW")));
                      assertThat(documents.find(tenantA, new DocumentId("NEW"))).isPresent();
                      assertThat(documents.delete(tenantA, new DocumentId("OLD"))).isTrue();
                      throw new IllegalStateException("the caller fails after keeping");
                    }))
        .hasMessage("the caller fails after keeping");

    assertThat(documents.find(tenantA, new DocumentId("OLD"))).contains(stopped("OLD"));
    assertThat(documents.find(tenantA, new DocumentId("NEW"))).isEmpty();
    assertThat(keys("OLD")).isNotEmpty();
  }

  @Test
  void only_stopped_documents_have_keys_and_they_go_with_their_document() {
    documents.keepAll(tenantA, List.of(stopped("S"), routed("R"), stopped("D")));

    assertThat(keys("S")).containsExactlyInAnyOrder("CUSTOMER_NUMBER=A-1", "VAT=SE556036079301");
    assertThat(keys("R")).isEmpty();
    documents.keepAll(tenantA, List.of(routed("S")));
    documents.delete(tenantA, new DocumentId("D"));
    assertThat(keys("S")).isEmpty();
    assertThat(keys("D")).isEmpty();
  }

  @Test
  void a_path_that_repeats_the_row_is_stored_as_the_marker_and_read_back_whole() {
    DocumentRecord record = routed("DERIVED");
    DocumentRecord derived =
        DerivedPathTest.withPath(
            record,
            List.of(
                record.decision().path().get(0),
                Explanation.of(
                    ExplanationCode.ROUTED, record.decision().recipient().eAddress(), "Pagero")));

    documents.keepAll(tenantA, List.of(derived, routed("WHOLE")));

    assertThat(column("DERIVED", "path")).isEqualTo(DerivedPath.STORED);
    assertThat(column("WHOLE", "path")).startsWith("[{\"code\":\"CUSTOMER_OF_PARTICIPANT\"");
    assertThat(documents.find(tenantA, new DocumentId("DERIVED"))).contains(derived);
    assertThat(documents.find(tenantA, new DocumentId("WHOLE"))).contains(routed("WHOLE"));
  }

  @Test
  void stopped_documents_deleted_by_ids_or_by_filter_take_their_keys_and_no_other() {
    documents.keepAll(tenantA, List.of(stopped("BY-ID"), stopped("BY-FILTER"), stopped("STAYS")));
    documents.keepAll(tenantB, List.of(stopped("BY-ID")));

    assertThat(documents.deleteStopped(tenantA, Set.of(new DocumentId("BY-ID")))).isEqualTo(1);
    assertThat(keys("BY-ID")).isEmpty();
    assertThat(keysOf(tenantB.value(), "BY-ID")).isNotEmpty();
    assertThat(keys("BY-FILTER")).isNotEmpty();

    DocumentFilter one =
        new DocumentFilter(null, null, SearchPattern.parse("BY-FILTER", true), null, null, null);
    assertThat(documents.deleteStopped(tenantA, one)).isEqualTo(1);
    assertThat(keys("BY-FILTER")).isEmpty();
    assertThat(keys("STAYS"))
        .containsExactlyInAnyOrder("CUSTOMER_NUMBER=A-1", "VAT=SE556036079301");
  }

  @Test
  void a_row_written_before_the_catalogue_loads_with_its_sentences_as_they_were() {
    String oldPath =
        "[\"CUSTOMER_NUMBER \\\"A-1\\\": no customer in your directory\","
            + " \"VAT \\\"SE 556036079301\\\": 0 participant(s) in the registry\","
            + "\"no reference matched\"]";
    String oldWarnings = "[ \"it's {0} odd\\u00e9\" ]";
    insertRow("OLD-1", oldWarnings, oldPath);
    insertRow("OLD-2", "[]", "[{\"code\":\"LEFT_THE_CATALOGUE\",\"arguments\":[\"x\",7]}]");

    DocumentRecord old = documents.find(tenantA, new DocumentId("OLD-1")).orElseThrow();

    assertThat(old.decision().path())
        .containsExactly(
            Explanation.text("CUSTOMER_NUMBER \"A-1\": no customer in your directory"),
            Explanation.text("VAT \"SE 556036079301\": 0 participant(s) in the registry"),
            Explanation.text("no reference matched"));
    assertThat(old.decision().warnings()).containsExactly(Explanation.text("it's {0} odd\u00e9"));
    assertThat(old.decision().reason()).isEqualTo(StopReason.NO_MATCH);
    assertThat(documents.find(tenantA, new DocumentId("OLD-2")).orElseThrow().decision().path())
        .containsExactly(Explanation.text("LEFT_THE_CATALOGUE[x, 7]"));

    documents.keepAll(tenantA, List.of(old));
    assertThat(documents.find(tenantA, old.documentId())).contains(old);
    assertThat(column("OLD-1", "path")).isEqualTo(oldPath.replace(", ", ","));
  }

  private void insertRow(String documentId, String warnings, String path) {
    try (Connection connection = database.rawDataSource().getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO document (tenant_id, document_id, customer_number, vat_number,"
                    + " outcome, reason, message, warnings, path, received_at, decided_at,"
                    + " version) VALUES (?, ?, 'A-1', 'SE 556036079301', 'STOPPED', 'NO_MATCH',"
                    + " 'Recipient of document did not match', ?, ?, ?, ?, 1)")) {
      insert.setString(1, tenantA.value());
      insert.setString(2, documentId);
      insert.setString(3, warnings);
      insert.setString(4, path);
      insert.setObject(5, NOW.atOffset(ZoneOffset.UTC));
      insert.setObject(6, NOW.atOffset(ZoneOffset.UTC));
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private String column(String documentId, String column) {
    return query(
        "SELECT " + column + " FROM document WHERE tenant_id = ? AND document_id = ?",
        documentId,
        rows -> rows.next() ? rows.getString(1) : null);
  }

  @Test
  void a_batch_takes_the_same_few_statements_for_20_documents_as_for_900() {
    int few = statementsToKeep(20);
    int many = statementsToKeep(900);

    assertThat(many).isEqualTo(few).isLessThanOrEqualTo(4);
  }

  private int statementsToKeep(int count) {
    List<DocumentRecord> batch = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      batch.add(i % 2 == 0 ? stopped(count + "-" + i) : routed(count + "-" + i));
    }
    int before = database.statements();
    documents.keepAll(tenantA, batch);
    return database.statements() - before;
  }

  private long version(String documentId) {
    return query(
        "SELECT version FROM document WHERE tenant_id = ? AND document_id = ?",
        documentId,
        rows -> rows.next() ? rows.getLong(1) : -1L);
  }

  private List<String> keys(String documentId) {
    return keysOf(tenantA.value(), documentId);
  }

  private List<String> keysOf(String tenant, String documentId) {
    return query(
        tenant,
        "SELECT key_kind, key_value FROM stopped_document_key"
            + " WHERE tenant_id = ? AND document_id = ?",
        documentId,
        rows -> {
          List<String> found = new ArrayList<>();
          while (rows.next()) {
            found.add(rows.getString(1) + "=" + rows.getString(2));
          }
          return found;
        });
  }

  private <R> R query(String sql, String documentId, Rows<R> read) {
    return query(tenantA.value(), sql, documentId, read);
  }

  private <R> R query(String tenant, String sql, String documentId, Rows<R> read) {
    try (Connection connection = database.rawDataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, tenant);
      statement.setString(2, documentId);
      try (ResultSet rows = statement.executeQuery()) {
        return read.from(rows);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @FunctionalInterface
  private interface Rows<R> {
    R from(ResultSet rows) throws SQLException;
  }

  static DocumentRecord routed(String id) {
    return routedTo(id, "p-1");
  }

  static DocumentRecord routedTo(String id, String participantId) {
    DocumentReference reference =
        DocumentReference.of(id)
            .with(MatchedBy.CUSTOMER_NUMBER, "A-1")
            .with(MatchedBy.GLN, "7300010000001");
    RoutingDecision decision =
        RoutingDecision.routed(
            reference.documentId(),
            new Recipient(new ParticipantId(participantId), "Acme Paper AB", "0007:5560360793"),
            new ServiceProvider(new ServiceProviderId("sp-1"), "Pagero"),
            MatchedBy.CUSTOMER_NUMBER,
            new CustomerId("c-1"),
            List.of(
                Explanation.of(
                    ExplanationCode.MISROUTING,
                    MatchedBy.GLN,
                    "7300010000001",
                    List.of(
                        Explanation.of(
                            ExplanationCode.PARTICIPANT,
                            "Other \"AB\"",
                            "p-2",
                            ParticipantStatus.ACTIVE)),
                    "Acme Paper AB")),
            List.of(
                Explanation.of(
                    ExplanationCode.CUSTOMER_OF_PARTICIPANT,
                    MatchedBy.CUSTOMER_NUMBER,
                    "A-1",
                    "c-1",
                    CustomerState.ACTIVE,
                    Explanation.of(
                        ExplanationCode.PARTICIPANT,
                        "Acme Paper AB",
                        participantId,
                        ParticipantStatus.ACTIVE)),
                Explanation.of(
                    ExplanationCode.ROUTED, "0007:5560360793", "routed\nwith a line break")));
    return new DocumentRecord(reference, decision, NOW, NOW.plusMillis(5));
  }

  static DocumentRecord stopped(String id) {
    DocumentReference reference =
        DocumentReference.of(id)
            .with(MatchedBy.CUSTOMER_NUMBER, "A-1")
            .with(MatchedBy.VAT, "SE 556036079301");
    RoutingDecision decision =
        RoutingDecision.stopped(
            reference.documentId(),
            StopReason.NO_MATCH,
            null,
            null,
            null,
            List.of(),
            List.of(
                Explanation.of(
                    ExplanationCode.REGISTRY_MATCHES, MatchedBy.VAT, "SE 556036079301", 0),
                Explanation.of(ExplanationCode.NO_REFERENCE_MATCHED)));
    return new DocumentRecord(reference, decision, NOW, NOW);
  }
}
