package com.routebook.adapter.rest.common;

import com.routebook.domain.participant.ServiceProvider;
import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One of a participant's service providers: {@code {"id", "name", "default"}}. */
@Schema(name = "ProviderOption")
public record ProviderOptionJson(
    String id,
    String name,
    @JsonbProperty("default")
        @Schema(name = "default", description = "whether it is the participant's default")
        boolean isDefault) {

  public static ProviderOptionJson from(ServiceProvider provider, boolean isDefault) {
    return new ProviderOptionJson(provider.id().value(), provider.name(), isDefault);
  }
}
