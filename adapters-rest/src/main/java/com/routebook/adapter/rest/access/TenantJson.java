package com.routebook.adapter.rest.access;

import com.routebook.domain.access.Tenant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A tenant: {@code {"id", "name"}}. */
@Schema(name = "Tenant")
public record TenantJson(String id, String name) {

  public static TenantJson from(Tenant tenant) {
    return new TenantJson(tenant.id().value(), tenant.name());
  }
}
