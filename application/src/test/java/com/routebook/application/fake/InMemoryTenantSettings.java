package com.routebook.application.fake;

import com.routebook.application.port.out.TenantSettings;
import com.routebook.domain.routing.DirectoryMode;
import com.routebook.domain.tenant.TenantId;
import java.util.HashMap;
import java.util.Map;

/** Every tenant's settings in memory. */
public class InMemoryTenantSettings implements TenantSettings {

  private final Map<TenantId, DirectoryMode> modes = new HashMap<>();

  @Override
  public synchronized DirectoryMode directoryMode(TenantId tenantId) {
    return modes.getOrDefault(tenantId, DirectoryMode.OPEN);
  }

  @Override
  public synchronized void changeDirectoryMode(TenantId tenantId, DirectoryMode mode) {
    modes.put(tenantId, mode);
  }
}
