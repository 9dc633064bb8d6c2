package com.routebook.adapter.rest.directory;

import com.routebook.adapter.rest.problem.ApiTexts;
import com.routebook.domain.alert.Alert;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What changed in the registry under one of the caller's customers. */
@Schema(name = "Alert")
@JsonbPropertyOrder({"id", "at", "kind", "customerId", "customerName", "detail", "status"})
public record AlertJson(
    String id,
    Instant at,
    @Schema(
            enumeration = {
              "PARTICIPANT_DEACTIVATED",
              "PARTICIPANT_REACTIVATED",
              "PROVIDER_REMOVED",
              "PARTICIPANT_CHANGED"
            })
        String kind,
    String customerId,
    @Schema(description = "the customer's name when the alert was raised") String customerName,
    @Schema(description = "what changed, in English") String detail,
    @Schema(enumeration = {"OPEN", "DISMISSED"}) String status) {

  public static AlertJson from(Alert alert) {
    return new AlertJson(
        alert.id().value(),
        alert.at(),
        alert.kind().name(),
        alert.customerId().value(),
        alert.customerName(),
        ApiTexts.ENGLISH.text(alert.detail()),
        alert.status().name());
  }
}
