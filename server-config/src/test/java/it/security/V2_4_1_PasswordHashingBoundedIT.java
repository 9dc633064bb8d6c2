package it.security;

import static it.security.Accounts.address;
import static it.security.Accounts.changePassword;
import static it.security.Accounts.get;
import static it.security.Accounts.problem;
import static org.assertj.core.api.Assertions.assertThat;

import it.security.Accounts.User;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * ASVS 5.0 V2.4.1 (anti-automation against the overuse of costly resources): the slow password hash
 * (PBKDF2, 600,000 iterations) a caller can make the server compute is bounded. Proven on the
 * running server, without timing, by the application's metric {@code
 * routebook_password_hashes_total} at {@code /metrics} (public, as configured: {@code mpMetrics
 * authentication="false"}), which counts every PBKDF2 derivation: once the throttle engages,
 * further attempts, wrong or right passwords, known or made-up users, cost no hash at all; an
 * unknown user costs exactly one decoy hash, as a known one, and made-up names buy at most 50 per
 * address (the address's limit) before the same refusal. The system tests run one at a time, so
 * nothing else hashes between two readings. Each test throttles addresses of its own ({@code
 * X-Forwarded-For} from the loopback address).
 */
class V2_4_1_PasswordHashingBoundedIT {

  private static final Pattern HASHES =
      Pattern.compile("(?m)^routebook_password_hashes_total(?:\\{[^}]*\\})?\\s+(\\S+)");

  /** Failures of one user from one address before the throttle refuses (LoginThrottle). */
  private static final int USER_FROM_ADDRESS = 5;

  /** Failures from one address, for any user, before the throttle refuses (LoginThrottle). */
  private static final int ADDRESS = 50;

  /** The PBKDF2 derivations of the server so far, as its metrics tell. */
  private static long hashes() {
    HttpResponse<String> metrics = Http.get(Http.base() + "/metrics?scope=application", null);
    assertThat(metrics.statusCode()).as(metrics.body()).isEqualTo(200);
    Matcher counter = HASHES.matcher(metrics.body());
    assertThat(counter.find()).as("the counter, from the start: " + metrics.body()).isTrue();
    return (long) Double.parseDouble(counter.group(1));
  }

  @Test
  void each_checked_password_costs_one_hash_and_a_remembered_one_none() {
    User user = Accounts.newUser("VIEWER");
    String from = address();
    long before = hashes();

    problem(get("/customers", user.basic("wrong-password"), from), 401, "UNAUTHENTICATED");
    assertThat(hashes()).as("a wrong password").isEqualTo(before + 1);
    assertThat(get("/customers", user.basic(), from).statusCode()).isEqualTo(200);
    assertThat(hashes()).as("the right password").isEqualTo(before + 2);
    for (int call = 0; call < 5; call++) {
      assertThat(get("/customers", user.basic(), from).statusCode()).isEqualTo(200);
    }
    assertThat(hashes()).as("a verified password is remembered").isEqualTo(before + 2);
  }

  @Test
  void once_a_user_is_throttled_there_no_attempt_buys_a_hash_right_password_included() {
    User user = Accounts.newUser("VIEWER");
    String guesser = address();
    long before = hashes();
    for (int attempt = 0; attempt < USER_FROM_ADDRESS; attempt++) {
      problem(get("/customers", user.basic("wrong-" + attempt), guesser), 401, "UNAUTHENTICATED");
    }
    assertThat(hashes()).as("one hash per failure").isEqualTo(before + USER_FROM_ADDRESS);

    for (int attempt = 0; attempt < 20; attempt++) {
      String password = attempt % 2 == 0 ? user.password() : "another-guess-" + attempt;
      problem(get("/customers", user.basic(password), guesser), 429, "TOO_MANY_ATTEMPTS");
    }
    problem(
        changePassword(user, user.password(), "a-new-long-password-3", guesser),
        429,
        "TOO_MANY_ATTEMPTS");

    assertThat(hashes()).as("refused before hashing").isEqualTo(before + USER_FROM_ADDRESS);
  }

  @Test
  void made_up_usernames_buy_one_decoy_hash_each_up_to_the_address_limit_then_none() {
    Accounts.newUser("VIEWER"); // a hash: the counter is there, whatever the tests before did
    String guesser = address();
    long before = hashes();
    for (int attempt = 0; attempt < ADDRESS; attempt++) {
      problem(get("/customers", Accounts.unusedBasic(), guesser), 401, "UNAUTHENTICATED");
    }
    assertThat(hashes())
        .as("an unknown user costs the one (decoy) hash a known one costs")
        .isEqualTo(before + ADDRESS);

    for (int attempt = 0; attempt < 100; attempt++) {
      problem(get("/customers", Accounts.unusedBasic(), guesser), 429, "TOO_MANY_ATTEMPTS");
    }
    problem(get("/customers", Http.demo("demo-viewer"), guesser), 429, "TOO_MANY_ATTEMPTS");
    problem(
        get("/customers", Http.basic("demo-viewer", "a-guess"), guesser), 429, "TOO_MANY_ATTEMPTS");

    assertThat(hashes())
        .as("no hash beyond the address's limit, for made-up or real users")
        .isEqualTo(before + ADDRESS);
  }
}
