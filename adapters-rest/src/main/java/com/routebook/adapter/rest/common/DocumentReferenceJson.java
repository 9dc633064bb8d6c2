package com.routebook.adapter.rest.common;

import com.routebook.domain.ValidationException;
import com.routebook.domain.routing.DocumentId;
import com.routebook.domain.routing.DocumentReference;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A document and its recipient references, as sent for routing. */
@Schema(name = "DocumentReference")
public record DocumentReferenceJson(
    @Schema(required = true, example = "INV-2026-0001") String documentId,
    @Schema(example = "A-1") String customerNumber,
    @Schema(example = "0007:5560360793") String eAddress,
    String ovt,
    String iban,
    String gln,
    String organizationNumber,
    String vatNumber) {

  /**
   * The domain reference.
   *
   * @throws ValidationException {@code INVALID_DOCUMENT} on the input {@code DOCUMENT_ID}
   */
  public DocumentReference toDomain() {
    return new DocumentReference(
        new DocumentId(documentId),
        customerNumber,
        eAddress,
        ovt,
        iban,
        gln,
        organizationNumber,
        vatNumber);
  }
}
