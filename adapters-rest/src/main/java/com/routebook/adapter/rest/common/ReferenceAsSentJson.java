package com.routebook.adapter.rest.common;

import com.routebook.adapter.rest.problem.ApiTexts;
import com.routebook.domain.identifier.EAddress;
import com.routebook.domain.routing.DocumentReference;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The references a kept document carried, as sent (the shape of {@link DocumentReferenceJson}),
 * with the warnings of its E-address.
 */
@Schema(name = "ReferenceAsSent")
@JsonbPropertyOrder({
  "documentId",
  "customerNumber",
  "eAddress",
  "ovt",
  "iban",
  "gln",
  "organizationNumber",
  "vatNumber",
  "warnings"
})
public record ReferenceAsSentJson(
    String documentId,
    String customerNumber,
    String eAddress,
    String ovt,
    String iban,
    String gln,
    String organizationNumber,
    String vatNumber,
    @Schema(description = "warnings about the E-address as sent, e.g. its scheme is deprecated")
        List<String> warnings) {

  public static ReferenceAsSentJson from(DocumentReference reference) {
    return new ReferenceAsSentJson(
        reference.documentId().value(),
        reference.customerNumber(),
        reference.eAddress(),
        reference.ovt(),
        reference.iban(),
        reference.gln(),
        reference.organizationNumber(),
        reference.vatNumber(),
        ApiTexts.ENGLISH.texts(EAddress.warningsAsSent(reference.eAddress())));
  }
}
