package it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * ASVS 5.0 V3.4.3: every screen runs under a Content Security Policy whose scripts need a nonce
 * (PrimeFaces' CSP support), and none of them, nor the Ajax updates and dialogs their buttons open,
 * makes Chromium report a violation.
 */
class V3_4_3_ContentSecurityPolicyIT extends UiFlow {

  private final List<String> violations = new ArrayList<>();

  @BeforeEach
  void record() {
    browser.recordPolicyViolations();
  }

  /** Notes the violations of the page in the window, named for the screen. */
  private void collect(String screen) {
    browser.waitForPage();
    browser.policyViolations().forEach(v -> violations.add(screen + ": " + v));
  }

  @Test
  void the_policy_is_enforced_and_a_script_without_the_nonce_is_refused() {
    browser.go("login.xhtml");
    collect("login");

    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "var s = document.createElement('script');"
                + "s.textContent = 'window.injected = true;';"
                + "document.body.appendChild(s);");

    assertThat(((JavascriptExecutor) browser.driver()).executeScript("return !!window.injected;"))
        .isEqualTo(false);
    assertThat(browser.policyViolations()).anyMatch(v -> v.startsWith("script-src"));
    assertThat(violations).isEmpty();
  }

  @Test
  void the_sign_in_screens_show_no_violation() {
    browser.go("login.xhtml");
    collect("login");
    browser.click("login:signIn");
    collect("login, empty form");
    browser.type("login:username", EDITOR);
    browser.type("login:password", "not-the-password");
    browser.click("login:signIn");
    collect("login, wrong password");

    assertThat(violations).isEmpty();
  }

  @Test
  void every_screen_of_an_editor_shows_no_violation() {
    Api.Participant participant = Api.registerParticipant("Policy " + token(), 2);
    String customerId = Api.addCustomer(EDITOR, participant.id(), "CSP-" + token());
    String stopped = "CSP-STOPPED-" + token();
    Api.routeByCustomerNumber(EDITOR, stopped, "CSP-UNKNOWN-" + token());
    browser.signInOnScreen(EDITOR);
    collect("my customers");
    browser.click("search:go");
    collect("my customers, searched");

    for (String page :
        List.of(
            "add-customer.xhtml",
            "stopped-documents.xhtml",
            "test-routing.xhtml",
            "directory-settings.xhtml",
            "password.xhtml",
            "alerts.xhtml",
            "import.xhtml",
            "fix-document.xhtml?id=" + stopped,
            "customers.xhtml",
            "customer.xhtml?id=" + customerId)) {
      browser.go(page);
      collect(page);
    }
    browser.click("settings");
    collect("settings");
    browser.clickInPage("settings:tabs:editNumbers");
    browser.visible(org.openqa.selenium.By.id("editorDialog"));
    collect("settings, number editor (oncomplete)");
    browser.clickInPage("editor:cancelEditor");
    collect("settings, number editor closed (onclick)");

    browser.go("test-routing.xhtml");
    browser.click("routing:test");
    collect("test routing, submitted");
    browser.go("expired.xhtml");
    collect("expired");
    browser.signOut();
    collect("signed out");

    assertThat(violations).isEmpty();
  }

  @Test
  void the_registry_of_the_network_administrator_shows_no_violation() {
    browser.signInOnScreen(ADMIN);
    collect("start");
    browser.go("registry.xhtml");
    collect("registry");
    browser.click("registrySearch:go");
    collect("registry, searched");
    browser.go("users.xhtml");
    collect("users");
    browser.click("users:show");
    collect("users, shown");

    assertThat(violations).isEmpty();
  }
}
