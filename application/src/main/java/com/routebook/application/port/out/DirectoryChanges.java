package com.routebook.application.port.out;

import com.routebook.domain.tenant.TenantId;
import java.util.OptionalLong;

/**
 * Tells whether what routing read of a tenant's directory and of the registry may still be trusted
 * from memory. Every committed change of the tenant's customers or customer numbers, and every
 * change of a participant, its identifiers or providers, or a service provider, made by any
 * instance or by hand, moves the tenant's {@linkplain #mark(TenantId) mark}; a change of another
 * tenant's directory leaves it in place. While this instance cannot hear of such changes there is
 * no mark, and nothing read before may be trusted.
 */
public interface DirectoryChanges {

  /**
   * The current mark of what routing reads for the tenant, or empty while changes cannot be
   * followed. Marks only grow: a mark once left is never the tenant's mark again.
   */
  OptionalLong mark(TenantId tenant);

  /** Changes that are never followed: nothing read is ever trusted from memory. */
  DirectoryChanges NOT_FOLLOWED = tenant -> OptionalLong.empty();
}
