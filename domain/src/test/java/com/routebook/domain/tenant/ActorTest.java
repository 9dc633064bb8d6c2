package com.routebook.domain.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ActorTest {

  private final TenantId tenant = new TenantId("t1");

  @Test
  void an_editor_has_the_viewers_rights_but_not_the_administrators() {
    Actor editor = new Actor("ed", tenant, Set.of(Role.EDITOR));

    assertThat(editor.may(Role.EDITOR)).isTrue();
    assertThat(editor.may(Role.VIEWER)).isTrue();
    assertThat(editor.may(Role.NETWORK_ADMIN)).isFalse();
    assertThat(editor.tenant()).contains(tenant);
  }

  @Test
  void a_viewer_may_only_view() {
    Actor viewer = new Actor("vi", tenant, Set.of(Role.VIEWER));

    assertThat(viewer.may(Role.VIEWER)).isTrue();
    assertThat(viewer.may(Role.EDITOR)).isFalse();
  }

  @Test
  void a_network_administrator_has_no_tenant_and_no_directory_rights() {
    Actor admin = new Actor("admin", null, Set.of(Role.NETWORK_ADMIN));

    assertThat(admin.tenant()).isEmpty();
    assertThat(admin.may(Role.NETWORK_ADMIN)).isTrue();
    assertThat(admin.may(Role.VIEWER)).isFalse();
  }

  @Test
  void names_and_tenant_ids_must_not_be_blank() {
    assertThatThrownBy(() -> new Actor(" ", tenant, Set.of())).hasMessageContaining("username");
    assertThatThrownBy(() -> new Actor(null, tenant, Set.of())).hasMessageContaining("username");
    assertThatThrownBy(() -> new TenantId(" ")).hasMessageContaining("tenantId");
    assertThatThrownBy(() -> new TenantId(null)).hasMessageContaining("tenantId");
    assertThat(tenant.toString()).isEqualTo("t1");
  }
}
