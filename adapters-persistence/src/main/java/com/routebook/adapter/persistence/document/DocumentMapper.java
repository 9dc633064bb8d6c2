package com.routebook.adapter.persistence.document;

import com.routebook.domain.customer.CustomerId;
import com.routebook.domain.participant.ParticipantId;
import com.routebook.domain.participant.ServiceProvider;
import com.routebook.domain.participant.ServiceProviderId;
import com.routebook.domain.routing.DocumentId;
import com.routebook.domain.routing.DocumentRecord;
import com.routebook.domain.routing.DocumentReference;
import com.routebook.domain.routing.MatchedBy;
import com.routebook.domain.routing.Outcome;
import com.routebook.domain.routing.Recipient;
import com.routebook.domain.routing.RoutingDecision;
import com.routebook.domain.routing.StopReason;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

/**
 * Converts between document records and rows of {@code document}: the references as sent and the
 * last decision, flattened ({@code warnings} and {@code path} as JSON arrays, {@link
 * StoredExplanations}, except a path that repeats the row's columns, {@link DerivedPath}), instants
 * in UTC to the microsecond, what both databases keep).
 */
final class DocumentMapper {

  /** The columns of a row but the key, in the order {@link #bind} sets them after the key. */
  static final List<String> VALUE_COLUMNS =
      List.of(
          "customer_number",
          "e_address",
          "ovt",
          "iban",
          "gln",
          "organization_number",
          "vat_number",
          "outcome",
          "reason",
          "message",
          "recipient_participant_id",
          "recipient_name",
          "recipient_e_address",
          "service_provider_id",
          "service_provider_name",
          "matched_by",
          "customer_id",
          "warnings",
          "path",
          "received_at",
          "decided_at");

  /** The columns of a row, in the order {@link #bind} sets them: the key, then the values. */
  static final String COLUMNS = "tenant_id, document_id, " + String.join(", ", VALUE_COLUMNS);

  /** How many of the last columns of {@link #COLUMNS} hold instants: received_at, decided_at. */
  static final int INSTANTS = 2;

  /** How many columns {@link #bind} sets. */
  static final int COLUMN_COUNT = 2 + VALUE_COLUMNS.size();

  private DocumentMapper() {}

  /** Binds the row of a record to parameters 1 to {@value #COLUMN_COUNT}, in {@link #COLUMNS}. */
  static void bind(PreparedStatement statement, String tenantId, DocumentRecord record)
      throws SQLException {
    List<Object> values = values(tenantId, record);
    for (int i = 0; i < values.size(); i++) {
      statement.setObject(i + 1, values.get(i));
    }
  }

  /**
   * The values of the row of a record, in {@link #COLUMNS}: strings ({@code null} when absent) and
   * the two instants as {@link OffsetDateTime}s.
   */
  static List<Object> values(String tenantId, DocumentRecord record) {
    DocumentReference reference = record.reference();
    RoutingDecision decision = record.decision();
    Recipient recipient = decision.recipient();
    ServiceProvider provider = decision.serviceProvider();
    return Arrays.asList(
        tenantId,
        record.documentId().value(),
        reference.customerNumber(),
        reference.eAddress(),
        reference.ovt(),
        reference.iban(),
        reference.gln(),
        reference.organizationNumber(),
        reference.vatNumber(),
        decision.outcome().name(),
        decision.reason() == null ? null : decision.reason().name(),
        null, // message: the text of the reason is each adapter's; column kept for old rows
        recipient == null ? null : recipient.participantId().value(),
        recipient == null ? null : recipient.name(),
        recipient == null ? null : recipient.eAddress(),
        provider == null ? null : provider.id().value(),
        provider == null ? null : provider.name(),
        decision.matchedBy() == null ? null : decision.matchedBy().name(),
        decision.customerId() == null ? null : decision.customerId().value(),
        StoredExplanations.write(decision.warnings()),
        DerivedPath.stored(record),
        stored(record.receivedAt()),
        stored(record.decidedAt()));
  }

  /** The record of the current row of a result selecting {@link #COLUMNS}. */
  static DocumentRecord read(ResultSet row) throws SQLException {
    DocumentId id = new DocumentId(row.getString("document_id"));
    DocumentReference reference =
        new DocumentReference(
            id,
            row.getString("customer_number"),
            row.getString("e_address"),
            row.getString("ovt"),
            row.getString("iban"),
            row.getString("gln"),
            row.getString("organization_number"),
            row.getString("vat_number"));
    String participantId = row.getString("recipient_participant_id");
    Recipient recipient =
        participantId == null
            ? null
            : new Recipient(
                new ParticipantId(participantId),
                row.getString("recipient_name"),
                row.getString("recipient_e_address"));
    String providerId = row.getString("service_provider_id");
    ServiceProvider provider =
        providerId == null
            ? null
            : new ServiceProvider(
                new ServiceProviderId(providerId), row.getString("service_provider_name"));
    String reason = row.getString("reason");
    String matchedBy = row.getString("matched_by");
    String customerId = row.getString("customer_id");
    CustomerId customer = customerId == null ? null : new CustomerId(customerId);
    RoutingDecision decision =
        new RoutingDecision(
            id,
            Outcome.valueOf(row.getString("outcome")),
            reason == null ? null : StopReason.valueOf(reason),
            recipient,
            provider,
            matchedBy == null ? null : MatchedBy.valueOf(matchedBy),
            customer,
            StoredExplanations.read(row.getString("warnings")),
            DerivedPath.read(
                row.getString("path"), reference.customerNumber(), customer, recipient, provider));
    return new DocumentRecord(
        reference,
        decision,
        row.getObject("received_at", OffsetDateTime.class).toInstant(),
        row.getObject("decided_at", OffsetDateTime.class).toInstant());
  }

  private static OffsetDateTime stored(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
  }
}
