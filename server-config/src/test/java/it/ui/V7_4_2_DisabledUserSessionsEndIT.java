package it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import it.ui.Users.User;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * ASVS 5.0 V7.4.2 (disabling an account ends its sessions): a network administrator disables a
 * user; the user's next API call answers 401 at once, the user's screen session is signed out at
 * its next request, and signing in again fails; enabled again, the user signs in and calls the API
 * as before. Only a network administrator disables, and only a user of that tenant.
 */
class V7_4_2_DisabledUserSessionsEndIT extends UiFlow {

  @Test
  void a_disabled_user_is_refused_at_once_and_signed_out_of_the_screens_until_enabled() {
    User user = Users.newUser("EDITOR");
    Users.signIn(browser, user, user.password());
    assertThat(Users.customersAs(user, user.password())).isEqualTo(200);

    JsonObject disabled = Users.setDisabled(user, true);

    assertThat(disabled.getBoolean("disabled")).isTrue();
    assertThat(disabled.getString("username")).isEqualTo(user.username());
    assertThat(Users.customersAs(user, user.password())).as("API at once").isEqualTo(401);
    browser.go("customers.xhtml");
    assertThat(browser.driver().getCurrentUrl()).as("screen session ended").contains("login.xhtml");
    assertThat(browser.has("session:signOut")).isFalse();
    browser.type("login:username", user.username());
    browser.type("login:password", user.password());
    browser.click("login:signIn");
    browser.waitForMessage("Wrong username or password");

    HttpResponse<String> listed =
        Users.admin("GET", "/admin/tenants/" + user.tenantId() + "/users", null);
    assertThat(listed.statusCode()).isEqualTo(200);
    JsonObject listedUser =
        Json.createReader(new StringReader(listed.body())).readArray().getJsonObject(0);
    assertThat(listedUser.getString("username")).isEqualTo(user.username());
    assertThat(listedUser.getBoolean("disabled")).isTrue();

    JsonObject enabled = Users.setDisabled(user, false);

    assertThat(enabled.getBoolean("disabled")).isFalse();
    assertThat(Users.customersAs(user, user.password())).isEqualTo(200);
    Users.signIn(browser, user, user.password());
    assertThat(browser.text()).contains("Signed in as " + user.username());
  }

  @Test
  void only_a_network_administrator_disables_and_only_a_user_of_that_tenant() {
    User user = Users.newUser("EDITOR");
    User other = Users.newUser("VIEWER");
    String path = "/admin/tenants/" + user.tenantId() + "/users/" + user.username() + "/disable";

    assertThat(Users.call("POST", path, null, user.username(), user.password()).statusCode())
        .isEqualTo(403);
    assertThat(
            Users.admin(
                    "POST",
                    "/admin/tenants/" + other.tenantId() + "/users/" + user.username() + "/disable",
                    null)
                .body())
        .contains("USER_NOT_FOUND");
    assertThat(
            Users.admin("POST", "/admin/tenants/no-such-tenant/users/x/disable", null).statusCode())
        .isEqualTo(404);
    assertThat(Users.customersAs(user, user.password())).isEqualTo(200);
  }
}
