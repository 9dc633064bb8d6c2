package com.routebook.domain.customer;

import com.routebook.domain.participant.ParticipantId;
import com.routebook.domain.participant.ServiceProviderId;
import java.util.List;
import java.util.Objects;

/**
 * What a customer looked like before or after a change, for the audit history. The participant is
 * {@code null} in entries written before customers could be re-linked.
 */
public record CustomerSnapshot(
    List<String> customerNumbers,
    ServiceProviderId serviceProviderId,
    CustomerState state,
    ParticipantId participantId) {

  public CustomerSnapshot {
    customerNumbers = List.copyOf(Objects.requireNonNull(customerNumbers, "customerNumbers"));
    Objects.requireNonNull(serviceProviderId, "serviceProviderId");
    Objects.requireNonNull(state, "state");
  }

  /** A snapshot that does not name the participant (entries written before re-linking). */
  public CustomerSnapshot(
      List<String> customerNumbers, ServiceProviderId serviceProviderId, CustomerState state) {
    this(customerNumbers, serviceProviderId, state, null);
  }

  /** A short human-readable description, e.g. {@code numbers A-1, B-2; provider p1; ACTIVE}. */
  public String describe() {
    return "numbers "
        + String.join(", ", customerNumbers)
        + "; provider "
        + serviceProviderId
        + "; "
        + state
        + (participantId == null ? "" : "; participant " + participantId);
  }
}
