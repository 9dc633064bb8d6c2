package com.routebook.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.routebook.domain.tenant.TenantId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SecurityEventTest {

  private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

  @Test
  void texts_are_cut_to_what_the_log_keeps() {
    SecurityEvent event =
        new SecurityEvent(
            AT,
            SecurityEventType.SIGN_IN_FAILED,
            "u".repeat(SecurityEvent.USERNAME_LENGTH + 1),
            new TenantId("t-1"),
            "a".repeat(SecurityEvent.ADDRESS_LENGTH + 1),
            "d".repeat(SecurityEvent.DETAIL_LENGTH + 1));

    assertThat(event.username()).hasSize(SecurityEvent.USERNAME_LENGTH);
    assertThat(event.address()).hasSize(SecurityEvent.ADDRESS_LENGTH);
    assertThat(event.detail()).hasSize(SecurityEvent.DETAIL_LENGTH);
  }

  @Test
  void texts_within_the_limits_are_kept_as_given() {
    String username = "u".repeat(SecurityEvent.USERNAME_LENGTH);
    String address = "a".repeat(SecurityEvent.ADDRESS_LENGTH);
    String detail = "d".repeat(SecurityEvent.DETAIL_LENGTH);
    SecurityEvent event =
        new SecurityEvent(AT, SecurityEventType.REFUSED, username, null, address, detail);

    assertThat(event.username()).isEqualTo(username);
    assertThat(event.address()).isEqualTo(address);
    assertThat(event.detail()).isEqualTo(detail);
  }

  @Test
  void an_unknown_address_or_user_and_a_missing_detail_are_said_so() {
    SecurityEvent event = new SecurityEvent(AT, SecurityEventType.SIGN_IN, null, null, " ", null);

    assertThat(event.username()).isNull();
    assertThat(event.tenantId()).isNull();
    assertThat(event.address()).isEqualTo(SecurityEvent.UNKNOWN_ADDRESS);
    assertThat(event.detail()).isEmpty();
    assertThat(new SecurityEvent(AT, SecurityEventType.SIGN_IN, null, null, null, "x").address())
        .isEqualTo(SecurityEvent.UNKNOWN_ADDRESS);
  }

  @Test
  void an_event_has_a_time_and_a_type() {
    assertThatThrownBy(() -> new SecurityEvent(null, SecurityEventType.SIGN_IN, "u", null, "a", ""))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new SecurityEvent(AT, null, "u", null, "a", ""))
        .isInstanceOf(NullPointerException.class);
  }
}
