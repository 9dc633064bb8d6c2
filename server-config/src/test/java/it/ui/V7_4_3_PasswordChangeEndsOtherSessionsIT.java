package it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import it.ui.Users.User;
import jakarta.json.Json;
import org.junit.jupiter.api.Test;

/**
 * ASVS 5.0 V7.4.3 (a password change can end the other sessions): a user signed in on the screens
 * changes their password through the API ({@code PUT /me/password}); the screen session is signed
 * out at its next request, on any instance, and the old password no longer signs in.
 */
class V7_4_3_PasswordChangeEndsOtherSessionsIT extends UiFlow {

  @Test
  void a_password_change_elsewhere_signs_the_screen_session_out() {
    User user = Users.newUser("VIEWER");
    Users.signIn(browser, user, user.password());
    browser.go("customers.xhtml");
    assertThat(browser.has("session:signOut")).isTrue();
    String newPassword = "a-new-long-password-" + token();

    int changed =
        Users.call(
                "PUT",
                "/me/password",
                Json.createObjectBuilder()
                    .add("currentPassword", user.password())
                    .add("newPassword", newPassword)
                    .build()
                    .toString(),
                user.username(),
                user.password())
            .statusCode();

    assertThat(changed).isEqualTo(204);
    browser.go("customers.xhtml");
    assertThat(browser.driver().getCurrentUrl()).contains("login.xhtml");
    assertThat(browser.has("session:signOut")).isFalse();
    assertThat(Users.customersAs(user, user.password())).isEqualTo(401);
    Users.signIn(browser, user, newPassword);
    assertThat(browser.text()).contains("Signed in as " + user.username());
  }
}
