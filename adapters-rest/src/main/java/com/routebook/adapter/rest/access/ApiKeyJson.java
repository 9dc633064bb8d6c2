package com.routebook.adapter.rest.access;

import com.routebook.domain.access.ApiKey;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An API key as listed: never its secret. */
@Schema(name = "ApiKey")
@JsonbPropertyOrder({"id", "name", "createdAt"})
public record ApiKeyJson(String id, String name, Instant createdAt) {

  public static ApiKeyJson from(ApiKey key) {
    return new ApiKeyJson(key.id().value(), key.name(), key.createdAt());
  }
}
