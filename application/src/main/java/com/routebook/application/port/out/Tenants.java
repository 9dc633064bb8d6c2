package com.routebook.application.port.out;

import com.routebook.domain.access.Tenant;
import com.routebook.domain.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/** The tenants that use Routebook. */
public interface Tenants {

  /** Every tenant, sorted by name. */
  List<Tenant> all();

  /** The tenant with that id. */
  Optional<Tenant> findById(TenantId tenantId);

  /**
   * Stores a new tenant.
   *
   * @throws com.routebook.domain.ConflictException {@code TENANT_EXISTS} if the name is taken
   */
  Tenant add(Tenant tenant);
}
