package com.routebook.application.fake;

import com.routebook.application.port.out.DirectoryChanges;
import com.routebook.domain.tenant.TenantId;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Directory changes of one process: tests say when a change is heard of (of one tenant's directory,
 * or of the registry, which concerns every tenant) and when changes cannot be followed.
 */
public class InMemoryDirectoryChanges implements DirectoryChanges {

  private long sequence;
  private long everyTenant;
  private final Map<TenantId, Long> ofTenant = new HashMap<>();
  private boolean following = true;

  @Override
  public synchronized OptionalLong mark(TenantId tenant) {
    if (!following) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(Math.max(everyTenant, ofTenant.getOrDefault(tenant, 0L)));
  }

  /** A change of the registry, made anywhere, is heard of: it concerns every tenant. */
  public synchronized void heardOfChange() {
    everyTenant = ++sequence;
  }

  /** A change of the tenant's directory, made anywhere, is heard of. */
  public synchronized void heardOfChange(TenantId tenant) {
    ofTenant.put(tenant, ++sequence);
  }

  /** Changes can no longer be followed (the way to hear of them is lost), or again. */
  public synchronized void following(boolean following) {
    if (following && !this.following) {
      everyTenant = ++sequence;
    }
    this.following = following;
  }
}
