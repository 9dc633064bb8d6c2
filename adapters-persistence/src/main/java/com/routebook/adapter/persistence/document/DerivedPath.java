package com.routebook.adapter.persistence.document;

import com.routebook.domain.Explanation;
import com.routebook.domain.ExplanationCode;
import com.routebook.domain.customer.CustomerId;
import com.routebook.domain.customer.CustomerState;
import com.routebook.domain.participant.ParticipantStatus;
import com.routebook.domain.participant.ServiceProvider;
import com.routebook.domain.routing.DocumentRecord;
import com.routebook.domain.routing.MatchedBy;
import com.routebook.domain.routing.Outcome;
import com.routebook.domain.routing.Recipient;
import com.routebook.domain.routing.RoutingDecision;
import java.util.List;

/**
 * The path of a document routed by its customer number, which repeats its row's columns: the number
 * as sent, the customer, the participant, the E-address and the provider. Such a path is stored as
 * {@link #STORED} and built again from the columns when the row is read; any other path is stored
 * whole ({@link StoredExplanations}).
 *
 * <p>A path is stored this way only when it equals, explanation by explanation, the one {@link #of}
 * builds from the record's other fields, so reading gives back the path that was written. Nine
 * documents in ten of the bench suite are routed so; their path was half of each row (about 350 of
 * 700 bytes) and a tenth of a batch's server CPU was spent writing it as JSON.
 *
 * <p>What {@link #of} builds for a row holding {@link #STORED} must never change: rows written
 * before a change would read differently after it. A new shape needs a new marker.
 */
final class DerivedPath {

  /**
   * What the {@code path} column holds for a derived path. {@link StoredExplanations#write} never
   * writes it (no explanation code is {@code COLUMNS}); a server that does not know it reads it as
   * one explanation outside its catalogue, shown as its name, rather than failing.
   */
  static final String STORED = "[{\"code\":\"COLUMNS\",\"arguments\":[]}]";

  private DerivedPath() {}

  /**
   * What the {@code path} column holds for the record: {@link #STORED}, or its path as JSON. A
   * recipient's name and E-address and a provider's name are never null (their records refuse it);
   * the fields checked here may be, and {@link Explanation} refuses null arguments.
   */
  static String stored(DocumentRecord record) {
    RoutingDecision decision = record.decision();
    boolean derived =
        decision.outcome() == Outcome.ROUTED
            && decision.matchedBy() == MatchedBy.CUSTOMER_NUMBER
            && decision.recipient() != null
            && decision.serviceProvider() != null
            && decision.customerId() != null
            && record.reference().customerNumber() != null
            && decision
                .path()
                .equals(
                    of(
                        record.reference().customerNumber(),
                        decision.customerId(),
                        decision.recipient(),
                        decision.serviceProvider()));
    return derived ? STORED : StoredExplanations.write(decision.path());
  }

  /**
   * The path read from the column: built from the row's other fields when it holds {@link #STORED}
   * (a routed row always has them), else read from its JSON.
   */
  static List<Explanation> read(
      String column,
      String customerNumber,
      CustomerId customerId,
      Recipient recipient,
      ServiceProvider provider) {
    if (!STORED.equals(column)) {
      return StoredExplanations.read(column);
    }
    if (customerNumber == null || customerId == null || recipient == null || provider == null) {
      throw new IllegalStateException("a derived path's row lacks the columns it is built from");
    }
    return of(customerNumber, customerId, recipient, provider);
  }

  /** The path of routing by customer number, as {@code RoutingRules} writes it. */
  private static List<Explanation> of(
      String customerNumber, CustomerId customerId, Recipient recipient, ServiceProvider provider) {
    return List.of(
        Explanation.of(
            ExplanationCode.CUSTOMER_OF_PARTICIPANT,
            MatchedBy.CUSTOMER_NUMBER,
            customerNumber,
            customerId.value(),
            CustomerState.ACTIVE,
            Explanation.of(
                ExplanationCode.PARTICIPANT,
                recipient.name(),
                recipient.participantId().value(),
                ParticipantStatus.ACTIVE)),
        Explanation.of(ExplanationCode.ROUTED, recipient.eAddress(), provider.name()));
  }
}
