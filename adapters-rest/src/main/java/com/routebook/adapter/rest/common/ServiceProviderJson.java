package com.routebook.adapter.rest.common;

import com.routebook.domain.participant.ServiceProvider;
import java.io.IOException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A service provider: {@code {"id", "name"}}. */
@Schema(name = "ServiceProvider")
public record ServiceProviderJson(String id, @Schema(example = "Routing Operator AB") String name) {

  private static final byte[] ID = JsonText.name("id");
  private static final byte[] NAME = JsonText.name("name");

  /** The JSON of a provider; {@code null} for none. */
  public static ServiceProviderJson from(ServiceProvider provider) {
    return provider == null
        ? null
        : new ServiceProviderJson(provider.id().value(), provider.name());
  }

  /**
   * Writes a provider's members for the hand-written writers, in JSON-B's default (lexicographic)
   * order, as the record has no order of its own.
   */
  public static void members(ServiceProviderJson provider, JsonText json) throws IOException {
    json.member(ID, provider.id());
    json.member(NAME, provider.name());
  }
}
