package com.routebook.adapter.rest.common;

import com.routebook.adapter.rest.problem.ApiTexts;
import com.routebook.domain.identifier.EAddress;
import com.routebook.domain.routing.Recipient;
import com.routebook.domain.routing.RoutingDecision;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A routing decision: where a document goes, or why it stopped, and the path that decided. */
@Schema(name = "Decision")
@JsonbPropertyOrder({
  "documentId",
  "outcome",
  "reason",
  "message",
  "recipient",
  "serviceProvider",
  "matchedBy",
  "customerId",
  "warnings",
  "path"
})
public record DecisionResponse(
    String documentId,
    @Schema(enumeration = {"ROUTED", "STOPPED"}) String outcome,
    @Schema(
            description = "why it stopped (absent when routed)",
            enumeration = {
              "NO_MATCH",
              "CUSTOMER_INACTIVE",
              "RECIPIENT_NON_EXISTING",
              "AMBIGUOUS_RECIPIENT"
            })
        String reason,
    @Schema(description = "the stop message for a person (absent when routed)") String message,
    RecipientJson recipient,
    ServiceProviderJson serviceProvider,
    @Schema(
            enumeration = {
              "CUSTOMER_NUMBER",
              "E_ADDRESS",
              "OVT",
              "IBAN",
              "GLN",
              "ORGANIZATION_NUMBER",
              "VAT"
            })
        String matchedBy,
    @Schema(description = "the customer of your directory that decided, if any") String customerId,
    @Schema(description = "e.g. a lower reference pointing elsewhere (risk of misrouting)")
        List<String> warnings,
    @Schema(description = "the steps that decided, for a person") List<String> path) {

  public static DecisionResponse from(RoutingDecision decision) {
    return new DecisionResponse(
        decision.documentId().value(),
        decision.outcome().name(),
        decision.reason() == null ? null : decision.reason().name(),
        decision.reason() == null
            ? null
            : ApiTexts.stopMessage(decision.reason(), decision.documentId()),
        RecipientJson.from(decision.recipient()),
        ServiceProviderJson.from(decision.serviceProvider()),
        decision.matchedBy() == null ? null : decision.matchedBy().name(),
        decision.customerId() == null ? null : decision.customerId().value(),
        ApiTexts.ENGLISH.texts(decision.warnings()),
        ApiTexts.ENGLISH.texts(decision.path()));
  }

  /**
   * Consistent with {@code equals} (equal decisions have equal document ids and outcomes) and
   * cheap: JSON-B puts every object it writes in a hash set (its recursion check), and the record's
   * own hash walked every character of every message and step, newly made for each decision: in a
   * batch of 10,000 documents a tenth of the server's time.
   */
  @Override
  public int hashCode() {
    return java.util.Objects.hash(documentId, outcome);
  }

  /** The participant a document goes to, with the warnings of its E-address. */
  @Schema(name = "Recipient")
  @JsonbPropertyOrder({"participantId", "name", "eAddress", "warnings"})
  public record RecipientJson(
      String participantId,
      String name,
      String eAddress,
      @Schema(description = "warnings about the E-address, e.g. its scheme is deprecated")
          List<String> warnings) {

    static RecipientJson from(Recipient recipient) {
      return recipient == null
          ? null
          : new RecipientJson(
              recipient.participantId().value(),
              recipient.name(),
              recipient.eAddress(),
              ApiTexts.ENGLISH.texts(EAddress.storedWarnings(recipient.eAddress())));
    }
  }
}
