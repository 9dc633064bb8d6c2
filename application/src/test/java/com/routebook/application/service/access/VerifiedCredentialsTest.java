package com.routebook.application.service.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

  private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
  private static final char[] PASSWORD = "a long enough password".toCharArray();

  private final VerifiedCredentials verified = new VerifiedCredentials(2);

  @Test
  void remembered_credentials_are_recognised_with_the_same_password_and_stored_hash_only() {
    verified.remember("alice", PASSWORD, "hash-1", NOW);

    assertThat(verified.contains("alice", PASSWORD, "hash-1", NOW)).isTrue();
    assertThat(verified.contains("alice", "another password".toCharArray(), "hash-1", NOW))
        .isFalse();
    assertThat(verified.contains("alice", PASSWORD, "hash-2", NOW)).isFalse();
    assertThat(verified.contains("bob", PASSWORD, "hash-1", NOW)).isFalse();
  }

  @Test
  void credentials_expire_after_their_lifetime_and_are_dropped() {
    verified.remember("alice", PASSWORD, "hash-1", NOW);
    Instant end = NOW.plus(VerifiedCredentials.LIFETIME);

    assertThat(verified.contains("alice", PASSWORD, "hash-1", end.minusMillis(1))).isTrue();
    assertThat(verified.contains("alice", PASSWORD, "hash-1", end)).isFalse();
    assertThat(verified.size()).isZero();
  }

  @Test
  void forgotten_credentials_are_not_recognised() {
    verified.remember("alice", PASSWORD, "hash-1", NOW);
    verified.forget("alice");

    assertThat(verified.contains("alice", PASSWORD, "hash-1", NOW)).isFalse();
  }

  @Test
  void a_full_memory_drops_expired_entries_and_otherwise_remembers_nothing_new() {
    verified.remember("alice", PASSWORD, "hash-1", NOW);
    verified.remember("bob", PASSWORD, "hash-1", NOW);
    verified.remember("carol", PASSWORD, "hash-1", NOW);

    assertThat(verified.contains("carol", PASSWORD, "hash-1", NOW)).isFalse();
    assertThat(verified.size()).isEqualTo(2);

    verified.remember("alice", PASSWORD, "hash-2", NOW);
    assertThat(verified.contains("alice", PASSWORD, "hash-2", NOW)).isTrue();

    Instant later = NOW.plus(VerifiedCredentials.LIFETIME);
    verified.remember("carol", PASSWORD, "hash-1", later);
    assertThat(verified.contains("carol", PASSWORD, "hash-1", later)).isTrue();
    assertThat(verified.size()).isEqualTo(1);
  }
}
