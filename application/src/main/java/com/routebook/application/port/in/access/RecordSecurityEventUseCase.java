package com.routebook.application.port.in.access;

import com.routebook.domain.access.SecurityEventType;
import com.routebook.domain.tenant.TenantId;

/**
 * Records a security event: in the security event log (a table, read by network administrators) and
 * as one structured JSON line of the logger {@code com.routebook.security}. Never pass a secret (a
 * password, an API key's secret) in any argument.
 */
public interface RecordSecurityEventUseCase {

  /** Records nothing: for a service built without the log (unit tests of other concerns). */
  RecordSecurityEventUseCase NOWHERE = (type, username, tenantId, address, detail) -> {};

  /**
   * Records an event now.
   *
   * @param username the user acting or given (may be {@code null} when unknown)
   * @param tenantId the tenant concerned ({@code null} when none or unknown)
   * @param address the client's address ({@code null} when unknown)
   * @param detail what happened, in words
   */
  void record(
      SecurityEventType type, String username, TenantId tenantId, String address, String detail);
}
