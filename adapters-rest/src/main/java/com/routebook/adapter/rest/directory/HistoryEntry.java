package com.routebook.adapter.rest.directory;

import com.routebook.domain.customer.CustomerChange;
import com.routebook.domain.customer.CustomerSnapshot;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change of a customer's audit history. */
@Schema(name = "HistoryEntry")
@JsonbPropertyOrder({"at", "actor", "action", "before", "after"})
public record HistoryEntry(
    Instant at,
    String actor,
    @Schema(
            enumeration = {
              "CREATED",
              "NUMBERS_REPLACED",
              "PROVIDER_CHOSEN",
              "ACTIVATED",
              "DEACTIVATED",
              "DELETED",
              "RELINKED"
            })
        String action,
    @Schema(nullable = true, description = "null on creation") Snapshot before,
    @Schema(nullable = true, description = "null on deletion") Snapshot after) {

  public static HistoryEntry from(CustomerChange change) {
    return new HistoryEntry(
        change.at(),
        change.actor(),
        change.action().name(),
        Snapshot.from(change.before()),
        Snapshot.from(change.after()));
  }

  /** What the customer looked like. */
  @Schema(name = "CustomerSnapshot")
  public record Snapshot(
      List<String> customerNumbers,
      String serviceProviderId,
      String state,
      @Schema(nullable = true, description = "the participant; null in entries before re-linking")
          String participantId) {

    static Snapshot from(CustomerSnapshot snapshot) {
      return snapshot == null
          ? null
          : new Snapshot(
              snapshot.customerNumbers(),
              snapshot.serviceProviderId().value(),
              snapshot.state().name(),
              snapshot.participantId() == null ? null : snapshot.participantId().value());
    }
  }
}
