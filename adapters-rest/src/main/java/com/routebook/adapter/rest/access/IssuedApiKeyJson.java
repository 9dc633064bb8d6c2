package com.routebook.adapter.rest.access;

import com.routebook.application.port.in.access.ManageApiKeysUseCase.IssuedApiKey;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A key just created, with its secret: shown this once, send it as {@code Bearer <secret>}. */
@Schema(name = "IssuedApiKey")
@JsonbPropertyOrder({"id", "name", "createdAt", "secret"})
public record IssuedApiKeyJson(
    String id,
    String name,
    Instant createdAt,
    @Schema(description = "the secret; shown only in this answer") String secret) {

  public static IssuedApiKeyJson from(IssuedApiKey issued) {
    return new IssuedApiKeyJson(
        issued.apiKey().id().value(),
        issued.apiKey().name(),
        issued.apiKey().createdAt(),
        issued.secret());
  }
}
