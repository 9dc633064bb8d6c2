package com.routebook.application.port;

import com.routebook.domain.routing.DocumentRecord;
import com.routebook.domain.routing.DocumentReference;
import com.routebook.domain.routing.Outcome;
import com.routebook.domain.routing.StopReason;
import com.routebook.domain.search.SearchPattern;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * Which of a tenant's documents a list, a resend or a delete is about; every part is optional
 * ({@code null}: any) and the parts add up. {@code pattern} is matched against the document id and
 * every reference as sent; {@code customerNumber} must equal the reference's customer number;
 * {@code receivedFrom} is inclusive and {@code receivedTo} exclusive.
 */
public record DocumentFilter(
    Outcome outcome,
    StopReason reason,
    SearchPattern pattern,
    String customerNumber,
    Instant receivedFrom,
    Instant receivedTo) {

  /** Every document. */
  public static final DocumentFilter ALL = new DocumentFilter(null, null, null, null, null, null);

  public DocumentFilter {
    customerNumber =
        customerNumber == null || customerNumber.isBlank() ? null : customerNumber.strip();
    if (pattern != null && pattern.matchesEverything()) {
      pattern = null;
    }
  }

  /** Documents of one outcome only ({@code null}: all). */
  public static DocumentFilter ofOutcome(Outcome outcome) {
    return ALL.withOutcome(outcome);
  }

  /** The same filter for documents of that outcome. */
  public DocumentFilter withOutcome(Outcome newOutcome) {
    return new DocumentFilter(
        newOutcome, reason, pattern, customerNumber, receivedFrom, receivedTo);
  }

  /** The same filter with another reason ({@code null}: any). */
  public DocumentFilter withReason(StopReason newReason) {
    return new DocumentFilter(
        outcome, newReason, pattern, customerNumber, receivedFrom, receivedTo);
  }

  /** Whether the document passes every part of the filter. */
  public boolean matches(DocumentRecord record) {
    return (outcome == null || record.decision().outcome() == outcome)
        && (reason == null || record.decision().reason() == reason)
        && (customerNumber == null || customerNumber.equals(record.reference().customerNumber()))
        && (receivedFrom == null || !record.receivedAt().isBefore(receivedFrom))
        && (receivedTo == null || record.receivedAt().isBefore(receivedTo))
        && (pattern == null || referencesOf(record.reference()).anyMatch(pattern::matches));
  }

  private static Stream<String> referencesOf(DocumentReference reference) {
    return Stream.of(
        reference.documentId().value(),
        reference.customerNumber(),
        reference.eAddress(),
        reference.ovt(),
        reference.iban(),
        reference.gln(),
        reference.organizationNumber(),
        reference.vatNumber());
  }
}
