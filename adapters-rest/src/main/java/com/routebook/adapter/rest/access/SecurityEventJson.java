package com.routebook.adapter.rest.access;

import com.routebook.domain.access.SecurityEvent;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An entry of the security event log. */
@Schema(name = "SecurityEvent")
@JsonbPropertyOrder({"at", "type", "username", "tenantId", "address", "detail"})
public record SecurityEventJson(
    Instant at,
    String type,
    @Schema(nullable = true) String username,
    @Schema(nullable = true) String tenantId,
    String address,
    String detail) {

  public static SecurityEventJson from(SecurityEvent event) {
    return new SecurityEventJson(
        event.at(),
        event.type().name(),
        event.username(),
        event.tenantId() == null ? null : event.tenantId().value(),
        event.address(),
        event.detail());
  }
}
