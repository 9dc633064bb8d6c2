package com.routebook.application.port.out;

import com.routebook.domain.routing.DirectoryMode;
import com.routebook.domain.tenant.TenantId;

/** Each tenant's settings; a tenant that never changed them has the defaults (OPEN directory). */
public interface TenantSettings {

  /** The tenant's directory mode, OPEN unless changed. */
  DirectoryMode directoryMode(TenantId tenantId);

  /** Changes the tenant's directory mode. */
  void changeDirectoryMode(TenantId tenantId, DirectoryMode mode);
}
