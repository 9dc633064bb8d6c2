package com.routebook.application.fake;

import com.routebook.application.port.out.Tenants;
import com.routebook.domain.ConflictException;
import com.routebook.domain.ErrorCode;
import com.routebook.domain.access.Tenant;
import com.routebook.domain.tenant.TenantId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The tenants in memory. */
public class InMemoryTenants implements Tenants {

  private final Map<TenantId, Tenant> tenants = new LinkedHashMap<>();

  @Override
  public synchronized List<Tenant> all() {
    return tenants.values().stream().sorted(Comparator.comparing(Tenant::name)).toList();
  }

  @Override
  public synchronized Optional<Tenant> findById(TenantId tenantId) {
    return Optional.ofNullable(tenants.get(tenantId));
  }

  @Override
  public synchronized Tenant add(Tenant tenant) {
    if (tenants.values().stream().anyMatch(t -> t.name().equals(tenant.name()))) {
      throw new ConflictException(ErrorCode.TENANT_EXISTS, tenant.name());
    }
    tenants.put(tenant.id(), tenant);
    return tenant;
  }
}
