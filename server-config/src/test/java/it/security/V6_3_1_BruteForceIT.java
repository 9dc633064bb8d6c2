package it.security;

import static it.security.Accounts.address;
import static it.security.Accounts.changePassword;
import static it.security.Accounts.get;
import static it.security.Accounts.problem;
import static org.assertj.core.api.Assertions.assertThat;

import it.security.Accounts.User;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * ASVS 5.0 V6.3.1 (brute force): failed sign-ins are limited per user and address (5), per user
 * (10) and per address (50, unknown usernames included). Beyond a limit the API answers 429 {@code
 * TOO_MANY_ATTEMPTS} with {@code Retry-After} before any password is checked (the hashes counted on
 * this server: {@code V2_4_1_PasswordHashingBoundedIT}); the real user elsewhere is not locked out
 * by guesses from one address. Each test uses addresses of its own ({@code X-Forwarded-For} from
 * the loopback address).
 */
class V6_3_1_BruteForceIT {

  @Test
  void five_failures_from_one_address_refuse_that_user_there_with_429_and_retry_after() {
    User user = Accounts.newUser("VIEWER");
    String guesser = address();
    for (int attempt = 0; attempt < 5; attempt++) {
      problem(get("/customers", user.basic("wrong-password"), guesser), 401, "UNAUTHENTICATED");
    }

    HttpResponse<String> refused = get("/customers", user.basic(), guesser);

    problem(refused, 429, "TOO_MANY_ATTEMPTS");
    assertThat(refused.headers().firstValue("Retry-After"))
        .hasValueSatisfying(seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 30));
    assertThat(get("/customers", user.basic(), address()).statusCode())
        .as("the real user elsewhere")
        .isEqualTo(200);
  }

  @Test
  void made_up_usernames_count_toward_the_address_and_are_refused_after_fifty() {
    String guesser = address();
    for (int attempt = 0; attempt < 50; attempt++) {
      problem(get("/customers", Accounts.unusedBasic(), guesser), 401, "UNAUTHENTICATED");
    }

    HttpResponse<String> refused = get("/customers", Accounts.unusedBasic(), guesser);
    problem(refused, 429, "TOO_MANY_ATTEMPTS");
    assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    problem(get("/customers", Http.demo("demo-viewer"), guesser), 429, "TOO_MANY_ATTEMPTS");
    assertThat(get("/customers", Http.demo("demo-viewer"), address()).statusCode()).isEqualTo(200);
  }

  @Test
  void guesses_from_many_addresses_lock_the_user_out_for_a_short_while_only() {
    User user = Accounts.newUser("VIEWER");
    for (int attempt = 0; attempt < 10; attempt++) {
      problem(get("/customers", user.basic("wrong-password"), address()), 401, "UNAUTHENTICATED");
    }

    HttpResponse<String> refused = get("/customers", user.basic(), address());

    problem(refused, 429, "TOO_MANY_ATTEMPTS");
    assertThat(refused.headers().firstValue("Retry-After"))
        .hasValueSatisfying(seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 30));
  }

  @Test
  void wrong_current_passwords_of_a_password_change_count_and_are_refused_with_429() {
    User user = Accounts.newUser("VIEWER");
    String from = address();
    // HTTP Basic signs the caller in on every call, which clears the count of the user from that
    // address; the count of the user from anywhere stays: ten wrong passwords in all
    for (int attempt = 0; attempt < 10; attempt++) {
      problem(
          changePassword(user, "wrong-password", "a-new-long-password-2", from),
          422,
          "INVALID_PASSWORD_CHANGE");
    }

    HttpResponse<String> refused =
        changePassword(user, user.password(), "a-new-long-password-2", from);

    problem(refused, 429, "TOO_MANY_ATTEMPTS");
    assertThat(refused.headers().firstValue("Retry-After")).isPresent();
  }

  @Test
  void the_api_description_documents_429() {
    HttpResponse<String> openapi = Http.get(Http.base() + "/openapi", null);

    assertThat(openapi.statusCode()).isEqualTo(200);
    assertThat(openapi.body()).contains("\"429\"").contains("TOO_MANY_ATTEMPTS");
  }
}
