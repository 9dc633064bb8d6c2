package com.routebook.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.routebook.domain.ErrorCode;
import com.routebook.domain.TooManyAttemptsException;
import com.routebook.domain.ValidationException;
import com.routebook.domain.tenant.Role;
import com.routebook.domain.tenant.TenantId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserAccountTest {

  private final TenantId tenant = new TenantId("t1");
  private final UserAccount account =
      new UserAccount(new UserId("u1"), "alice", "hash-1", Role.EDITOR, tenant);

  @Test
  void a_new_account_is_enabled_in_its_first_session_generation() {
    assertThat(account.disabled()).isFalse();
    assertThat(account.sessionGeneration()).isZero();
    assertThat(account.actor().username()).isEqualTo("alice");
    assertThat(account.actor().roles()).isEqualTo(Set.of(Role.EDITOR));
    assertThat(account.actor().tenantId()).isEqualTo(tenant);
  }

  @Test
  void disabling_moves_the_session_generation_and_enabling_keeps_it() {
    UserAccount disabled = account.disable();

    assertThat(disabled.disabled()).isTrue();
    assertThat(disabled.sessionGeneration()).isEqualTo(1);
    assertThat(disabled.passwordHash()).isEqualTo("hash-1");

    UserAccount enabled = disabled.enable();
    assertThat(enabled.disabled()).isFalse();
    assertThat(enabled.sessionGeneration()).isEqualTo(1);
    assertThat(enabled.username()).isEqualTo("alice");
    assertThat(enabled.role()).isEqualTo(Role.EDITOR);
    assertThat(enabled.tenantId()).isEqualTo(tenant);
    assertThat(enabled.id()).isEqualTo(account.id());
  }

  @Test
  void a_new_password_moves_the_session_generation_and_keeps_the_state() {
    UserAccount changed = account.disable().withPasswordHash("hash-2");

    assertThat(changed.passwordHash()).isEqualTo("hash-2");
    assertThat(changed.sessionGeneration()).isEqualTo(2);
    assertThat(changed.disabled()).isTrue();
    assertThat(account.withPasswordHash("hash-3").disabled()).isFalse();
    assertThat(account.withPasswordHash("hash-3").sessionGeneration()).isEqualTo(1);
  }

  @Test
  void a_username_has_a_shape_and_an_administrator_no_tenant() {
    assertThatThrownBy(() -> new UserAccount(new UserId("u2"), "a b", "h", Role.VIEWER, tenant))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(
            () -> new UserAccount(new UserId("u3"), "adm", "h", Role.NETWORK_ADMIN, tenant))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> new UserAccount(new UserId("u4"), "vie", "h", Role.VIEWER, null))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void too_many_attempts_waits_at_least_a_second() {
    TooManyAttemptsException refused = new TooManyAttemptsException(0);

    assertThat(refused.retryAfterSeconds()).isEqualTo(1);
    assertThat(refused.code()).isEqualTo(ErrorCode.TOO_MANY_ATTEMPTS);
    assertThat(refused.arguments()).containsExactly(1L);
    assertThat(new TooManyAttemptsException(42).retryAfterSeconds()).isEqualTo(42);
    assertThat(new TooManyAttemptsException(42).arguments()).containsExactly(42L);
  }
}
