package com.routebook.adapter.rest.access;

import com.routebook.domain.access.ApiKey;
import com.routebook.domain.access.ApiKeyScope;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An API key as listed: never its secret. */
@Schema(name = "ApiKey")
@JsonbPropertyOrder({"id", "name", "createdAt", "scopes", "expiresAt", "lastUsedAt"})
public record ApiKeyJson(
    String id,
    String name,
    Instant createdAt,
    @Schema(type = SchemaType.ARRAY, implementation = ApiKeyScope.class) List<String> scopes,
    @Schema(description = "when the key stops signing in; null: never", nullable = true)
        Instant expiresAt,
    @Schema(
            description = "when the key last signed a call (to the minute); null: never",
            nullable = true)
        Instant lastUsedAt) {

  public static ApiKeyJson from(ApiKey key) {
    return new ApiKeyJson(
        key.id().value(),
        key.name(),
        key.createdAt(),
        scopes(key),
        key.expiresAt(),
        key.lastUsedAt());
  }

  static List<String> scopes(ApiKey key) {
    return key.scopes().stream().map(Enum::name).toList();
  }
}
