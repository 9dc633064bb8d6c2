package com.routebook.application.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.routebook.application.port.out.DirectoryChanges;
import com.routebook.application.port.out.contract.DirectoryChangesContract;
import com.routebook.domain.tenant.TenantId;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryDirectoryChangesContractTest extends DirectoryChangesContract {

  private static final String OF_THE_TENANT = "a change of the tenant's directory heard of";
  private static final String OF_THE_REGISTRY = "a change of the registry heard of";

  private final InMemoryDirectoryChanges changes = new InMemoryDirectoryChanges();

  @Override
  protected DirectoryChanges directoryChanges() {
    return changes;
  }

  @Override
  protected void change(String what, TenantId tenant) {
    if (what.equals(OF_THE_TENANT)) {
      changes.heardOfChange(tenant);
    } else {
      changes.heardOfChange();
    }
  }

  @Override
  protected Iterable<String> kindsOfChange() {
    return List.of(OF_THE_TENANT, OF_THE_REGISTRY);
  }

  @Override
  protected String changeOfOneTenant() {
    return OF_THE_TENANT;
  }

  @Test
  void a_change_of_the_registry_moves_every_tenants_mark() {
    long one = changes.mark(tenant()).orElseThrow();
    changes.heardOfChange(otherTenant());
    long two = changes.mark(otherTenant()).orElseThrow();

    changes.heardOfChange();

    assertThat(changes.mark(tenant()).orElseThrow()).isGreaterThan(one);
    assertThat(changes.mark(otherTenant()).orElseThrow()).isGreaterThan(two);
  }

  @Test
  void a_lost_following_leaves_no_mark_and_a_new_one_a_new_mark() {
    long before = changes.mark(tenant()).orElseThrow();

    changes.following(false);
    assertThat(changes.mark(tenant())).isEmpty();
    changes.following(true);

    assertThat(changes.mark(tenant()).orElseThrow()).isNotEqualTo(before);
  }

  @Test
  void not_followed_changes_never_have_a_mark() {
    assertThat(DirectoryChanges.NOT_FOLLOWED.mark(tenant())).isEmpty();
  }
}
