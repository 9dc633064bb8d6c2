package it.security;

import static it.security.Accounts.address;
import static it.security.Accounts.changePassword;
import static it.security.Accounts.get;
import static it.security.Accounts.problem;
import static org.assertj.core.api.Assertions.assertThat;

import it.security.Accounts.User;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * ASVS 5.0 V6.2.3 (password change needs the current and the new password): {@code PUT
 * /me/password} refuses a wrong current password and a new one that breaks the rules (422 {@code
 * INVALID_PASSWORD_CHANGE}, naming the field), then changes it (204): the old password no longer
 * works, the new one does.
 */
class V6_2_3_PasswordChangeIT {

  @Test
  void a_wrong_current_password_or_a_weak_new_one_is_refused_and_changes_nothing() {
    User user = Accounts.newUser("VIEWER");
    String from = address();

    JsonObject wrong =
        problem(
            changePassword(user, "not-my-password", "a-new-long-password-1", from),
            422,
            "INVALID_PASSWORD_CHANGE");
    assertThat(wrong.getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("currentPassword");

    JsonObject weak =
        problem(
            changePassword(user, user.password(), "short", from), 422, "INVALID_PASSWORD_CHANGE");
    assertThat(weak.getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("newPassword");
    assertThat(weak.getJsonArray("errors").getJsonObject(0).getString("message")).contains("12");

    problem(
        changePassword(user, user.password(), user.password(), from),
        422,
        "INVALID_PASSWORD_CHANGE");

    assertThat(get("/customers", user.basic(), from).statusCode()).isEqualTo(200);
  }

  @Test
  void the_password_is_changed_and_the_old_one_no_longer_works() {
    User user = Accounts.newUser("EDITOR");
    String from = address();
    String newPassword = "a-new-long-password-" + Accounts.token();

    assertThat(changePassword(user, user.password(), newPassword, from).statusCode())
        .isEqualTo(204);

    problem(get("/customers", user.basic(), from), 401, "UNAUTHENTICATED");
    assertThat(get("/customers", user.basic(newPassword), from).statusCode()).isEqualTo(200);
  }

  @Test
  void the_call_needs_a_body_and_a_signed_in_user() {
    User user = Accounts.newUser("VIEWER");

    assertThat(Accounts.call("PUT", "/me/password", "", user.basic(), address()).statusCode())
        .isEqualTo(400);
    problem(
        Accounts.call(
            "PUT",
            "/me/password",
            "{\"currentPassword\":\"x\",\"newPassword\":\"y\"}",
            null,
            address()),
        401,
        "UNAUTHENTICATED");
  }
}
