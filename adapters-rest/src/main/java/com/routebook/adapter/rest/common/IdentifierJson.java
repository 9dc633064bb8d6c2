package com.routebook.adapter.rest.common;

import com.routebook.domain.identifier.Identifier;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An identifier of a participant: {@code {"scheme", "value"}}. */
@Schema(name = "Identifier")
public record IdentifierJson(
    @Schema(
            enumeration = {"ORGANIZATION_NUMBER", "VAT", "GLN", "OVT", "IBAN", "E_ADDRESS"},
            example = "GLN")
        String scheme,
    @Schema(example = "7350012345675") String value) {

  public static IdentifierJson from(Identifier identifier) {
    return new IdentifierJson(identifier.scheme().name(), identifier.value());
  }
}
