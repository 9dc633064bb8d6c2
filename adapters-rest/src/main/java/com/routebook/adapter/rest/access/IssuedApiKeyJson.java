package com.routebook.adapter.rest.access;

import com.routebook.application.port.in.access.ManageApiKeysUseCase.IssuedApiKey;
import com.routebook.domain.access.ApiKeyScope;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A key just created, with its secret: shown this once, send it as {@code Bearer <secret>}. */
@Schema(name = "IssuedApiKey")
@JsonbPropertyOrder({"id", "name", "createdAt", "scopes", "expiresAt", "lastUsedAt", "secret"})
public record IssuedApiKeyJson(
    String id,
    String name,
    Instant createdAt,
    @Schema(type = SchemaType.ARRAY, implementation = ApiKeyScope.class) List<String> scopes,
    @Schema(nullable = true) Instant expiresAt,
    @Schema(nullable = true) Instant lastUsedAt,
    @Schema(description = "the secret; shown only in this answer") String secret) {

  public static IssuedApiKeyJson from(IssuedApiKey issued) {
    return new IssuedApiKeyJson(
        issued.apiKey().id().value(),
        issued.apiKey().name(),
        issued.apiKey().createdAt(),
        ApiKeyJson.scopes(issued.apiKey()),
        issued.apiKey().expiresAt(),
        issued.apiKey().lastUsedAt(),
        issued.secret());
  }
}
