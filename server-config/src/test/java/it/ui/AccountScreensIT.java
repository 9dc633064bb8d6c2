package it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import it.ui.Users.User;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The screens Change password (every signed-in user) and Users (network administrators), and the
 * sign-in page's message when the throttle refuses: screenshots and axe-core on each.
 */
class AccountScreensIT extends UiFlow {

  @Test
  void a_user_changes_the_password_on_the_screen_and_stays_signed_in() {
    User user = Users.newUser("VIEWER");
    Users.signIn(browser, user, user.password());
    assertThat(browser.has("nav:menuUsers")).isFalse();
    browser.click("nav:menuPassword");
    assertThat(browser.driver().getCurrentUrl()).contains("password.xhtml");
    browser.check("account-01-change-password");

    browser.type("password:current", "not-my-password");
    browser.type("password:new", "a-new-long-password-1");
    browser.type("password:repeat", "a-new-long-password-1");
    browser.click("password:change");
    assertThat(browser.text()).contains("The current password is wrong.");
    browser.check("account-02-current-password-wrong");

    browser.type("password:current", user.password());
    browser.type("password:new", "short");
    browser.type("password:repeat", "short");
    browser.click("password:change");
    assertThat(browser.text()).contains("A password has at least 12 characters.");

    browser.type("password:current", user.password());
    browser.type("password:new", "a-new-long-password-1");
    browser.type("password:repeat", "a-new-long-password-2");
    browser.click("password:change");
    assertThat(browser.text()).contains("The two new passwords differ.");

    String newPassword = "a-new-long-password-" + token();
    browser.type("password:current", user.password());
    browser.type("password:new", newPassword);
    browser.type("password:repeat", newPassword);
    browser.click("password:change");
    browser.waitForMessage("Your password is changed.");
    browser.check("account-03-password-changed");

    browser.go("customers.xhtml");
    assertThat(browser.driver().getCurrentUrl()).as("this session stays").contains("customers");
    assertThat(browser.has("session:signOut")).isTrue();
    assertThat(Users.customersAs(user, user.password())).isEqualTo(401);
    assertThat(Users.customersAs(user, newPassword)).isEqualTo(200);
  }

  @Test
  void an_administrator_disables_and_enables_a_user_on_the_users_screen() {
    User user = Users.newUser("EDITOR");
    browser.signIn(ADMIN);
    browser.click("nav:menuUsers");
    assertThat(browser.driver().getCurrentUrl()).contains("users.xhtml");
    new Select(browser.field("users:tenant")).selectByVisibleText(user.tenantName());
    browser.click("users:show");
    assertThat(browser.text("list:userTable:0:username")).isEqualTo(user.username());
    assertThat(browser.text("list:userTable:0:state")).isEqualTo("Enabled");
    browser.check("account-04-users");

    browser.click("list:userTable:0:disable");

    browser.waitForMessage("User " + user.username() + " is disabled");
    assertThat(browser.text("list:userTable:0:state")).isEqualTo("Disabled");
    assertThat(Users.customersAs(user, user.password())).isEqualTo(401);
    browser.check("account-05-user-disabled");

    browser.click(By.id("list:userTable:0:enable"));

    browser.waitForMessage("User " + user.username() + " is enabled again.");
    assertThat(browser.text("list:userTable:0:state")).isEqualTo("Enabled");
    assertThat(Users.customersAs(user, user.password())).isEqualTo(200);
  }

  @Test
  void too_many_failed_sign_ins_say_how_long_to_wait() {
    User user = Users.newUser("VIEWER");
    for (int attempt = 0; attempt < 5; attempt++) {
      browser.go("login.xhtml");
      browser.type("login:username", user.username());
      browser.type("login:password", "not-the-password");
      browser.click("login:signIn");
      browser.waitForMessage("Wrong username or password");
    }

    browser.go("login.xhtml");
    browser.type("login:username", user.username());
    browser.type("login:password", user.password());
    browser.click("login:signIn");

    browser.waitForMessage("Too many failed sign-ins");
    assertThat(browser.messages()).containsPattern("Try again in \\d+ seconds");
    assertThat(browser.has("session:signOut")).isFalse();
    browser.check("account-06-sign-in-throttled");
  }
}
