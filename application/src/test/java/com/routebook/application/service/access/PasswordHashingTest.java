package com.routebook.application.service.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PasswordHashingTest {

  private final PasswordHashing hashing = new PasswordHashing(1_000);

  @Test
  void a_password_matches_its_own_hash_only() {
    String hash = hashing.hash("correct horse".toCharArray());

    assertThat(hashing.matches("correct horse".toCharArray(), hash)).isTrue();
    assertThat(hashing.matches("correct horse!".toCharArray(), hash)).isFalse();
  }

  @Test
  void the_same_password_hashes_differently_each_time() {
    assertThat(hashing.hash("secret".toCharArray()))
        .isNotEqualTo(hashing.hash("secret".toCharArray()));
  }

  @Test
  void a_new_hash_names_the_algorithm_and_600000_iterations_by_default() {
    assertThat(PasswordHashing.ITERATIONS).isEqualTo(600_000);
    assertThat(hashing.hash("x".toCharArray())).startsWith("pbkdf2-sha256$1000$");
  }

  @Test
  void a_stored_hash_is_checked_with_the_iterations_it_names() {
    String hash = new PasswordHashing(2_000).hash("pw".toCharArray());

    assertThat(hashing.matches("pw".toCharArray(), hash)).isTrue();
  }

  @Test
  void a_malformed_hash_matches_nothing() {
    assertThat(hashing.matches("pw".toCharArray(), null)).isFalse();
    assertThat(hashing.matches("pw".toCharArray(), "plain")).isFalse();
    assertThat(hashing.matches("pw".toCharArray(), "md5$1$a$b")).isFalse();
    assertThat(hashing.matches("pw".toCharArray(), "pbkdf2-sha256$many$a$b")).isFalse();
    assertThat(hashing.matches("pw".toCharArray(), "pbkdf2-sha256$10$%%%$b")).isFalse();
  }

  @Test
  void the_demo_users_hash_matches_the_documented_demo_password() {
    String demoHash =
        "pbkdf2-sha256$600000$yfcjAlZNsv4CSxXMNPRzqw$qVgpvVSpsiLD9nNLd0zTgUi8dr7D/JT2GuU4CwvYFaM";

    assertThat(hashing.matches("demo-password".toCharArray(), demoHash)).isTrue();
  }

  @Test
  void each_derivation_is_counted_once_a_counter_is_given_and_a_malformed_hash_costs_none() {
    AtomicInteger derived = new AtomicInteger();
    String hash = hashing.hash("uncounted".toCharArray());
    hashing.countWith(derived::incrementAndGet);

    hashing.matches("uncounted".toCharArray(), hash);
    hashing.matches("wrong".toCharArray(), hash);
    hashing.hash("new".toCharArray());
    hashing.matches("pw".toCharArray(), "plain");

    assertThat(derived).hasValue(3);
  }
}
