package it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Sign in and sign out; every screen but the sign-in page needs a signed-in user. */
class SignInIT extends UiFlow {

  @Test
  void a_page_without_a_signed_in_user_leads_to_the_sign_in_page() {
    browser.go("customers.xhtml");

    assertThat(browser.driver().getCurrentUrl()).contains("login.xhtml");
    assertThat(browser.text()).contains("Sign in");
    browser.check("01-sign-in");
  }

  @Test
  void a_wrong_password_says_so_and_signs_nobody_in() {
    browser.go("login.xhtml");
    browser.type("login:username", EDITOR);
    browser.type("login:password", "not-the-password");
    browser.click("login:signIn");

    browser.waitForMessage("Wrong username or password");
    assertThat(browser.has("session:signOut")).isFalse();
    browser.check("02-sign-in-failed");
  }

  @Test
  void an_empty_form_is_explained_beside_the_fields() {
    browser.go("login.xhtml");
    browser.click("login:signIn");

    assertThat(browser.text()).contains("Username: please fill in.");
    browser.check("03-sign-in-required");
  }

  @Test
  void an_editor_signs_in_to_my_customers_and_signs_out() {
    browser.signInOnScreen(EDITOR);

    assertThat(browser.driver().getCurrentUrl()).contains("customers.xhtml");
    assertThat(browser.text()).contains("Signed in as demo-editor").contains("My Customers");

    browser.signOut();

    assertThat(browser.text()).contains("You are signed out.");
    browser.go("customers.xhtml");
    assertThat(browser.driver().getCurrentUrl()).contains("login.xhtml");
  }
}
