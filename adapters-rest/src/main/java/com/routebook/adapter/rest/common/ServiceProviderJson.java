package com.routebook.adapter.rest.common;

import com.routebook.domain.participant.ServiceProvider;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A service provider: {@code {"id", "name"}}. */
@Schema(name = "ServiceProvider")
public record ServiceProviderJson(String id, @Schema(example = "Routing Operator AB") String name) {

  /** The JSON of a provider; {@code null} for none. */
  public static ServiceProviderJson from(ServiceProvider provider) {
    return provider == null
        ? null
        : new ServiceProviderJson(provider.id().value(), provider.name());
  }
}
