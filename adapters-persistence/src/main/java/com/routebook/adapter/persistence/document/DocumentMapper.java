package com.routebook.adapter.persistence.document;

import com.routebook.adapter.persistence.support.TextList;
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

/** Converts between document records and their rows. */
final class DocumentMapper {

  private DocumentMapper() {}

  static DocumentRecord toDomain(DocumentEntity e) {
    DocumentId id = new DocumentId(e.documentId);
    DocumentReference reference =
        new DocumentReference(
            id,
            e.customerNumber,
            e.eAddress,
            e.ovt,
            e.iban,
            e.gln,
            e.organizationNumber,
            e.vatNumber);
    Recipient recipient =
        e.recipientParticipantId == null
            ? null
            : new Recipient(
                new ParticipantId(e.recipientParticipantId), e.recipientName, e.recipientEAddress);
    ServiceProvider provider =
        e.serviceProviderId == null
            ? null
            : new ServiceProvider(
                new ServiceProviderId(e.serviceProviderId), e.serviceProviderName);
    RoutingDecision decision =
        new RoutingDecision(
            id,
            Outcome.valueOf(e.outcome),
            e.reason == null ? null : StopReason.valueOf(e.reason),
            e.message,
            recipient,
            provider,
            e.matchedBy == null ? null : MatchedBy.valueOf(e.matchedBy),
            e.customerId == null ? null : new CustomerId(e.customerId),
            TextList.read(e.warnings),
            TextList.read(e.path));
    return new DocumentRecord(reference, decision, e.receivedAt, e.decidedAt);
  }

  static void copyFields(DocumentRecord record, DocumentEntity e) {
    DocumentReference reference = record.reference();
    e.customerNumber = reference.customerNumber();
    e.eAddress = reference.eAddress();
    e.ovt = reference.ovt();
    e.iban = reference.iban();
    e.gln = reference.gln();
    e.organizationNumber = reference.organizationNumber();
    e.vatNumber = reference.vatNumber();
    RoutingDecision decision = record.decision();
    e.outcome = decision.outcome().name();
    e.reason = decision.reason() == null ? null : decision.reason().name();
    e.message = decision.message();
    Recipient recipient = decision.recipient();
    e.recipientParticipantId = recipient == null ? null : recipient.participantId().value();
    e.recipientName = recipient == null ? null : recipient.name();
    e.recipientEAddress = recipient == null ? null : recipient.eAddress();
    ServiceProvider provider = decision.serviceProvider();
    e.serviceProviderId = provider == null ? null : provider.id().value();
    e.serviceProviderName = provider == null ? null : provider.name();
    e.matchedBy = decision.matchedBy() == null ? null : decision.matchedBy().name();
    e.customerId = decision.customerId() == null ? null : decision.customerId().value();
    e.warnings = TextList.write(decision.warnings());
    e.path = TextList.write(decision.path());
    e.receivedAt = record.receivedAt();
    e.decidedAt = record.decidedAt();
  }
}
