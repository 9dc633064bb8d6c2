package it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;

/**
 * Screens follow the roles (a viewer sees no edit action and a forced one changes nothing), every
 * form is protected by the Faces view state, and values are escaped.
 */
class RolesAndSafetyIT extends UiFlow {

  /** The page's CSP nonce, which PrimeFaces' script sends back with every form it posts. */
  private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

  /**
   * Posts a forged form to the current page, as a tampering user or another site would: fields by
   * client id (a button's id with an empty value presses it), MyFaces' mark of the form submitted
   * and the page's CSP nonce, so that only what a test leaves out or forges (the view state, a
   * field its role does not show) decides the answer.
   */
  private void forgePost(String viewState, String form, String... namesAndValues) {
    Matcher nonce = NONCE.matcher(browser.driver().getPageSource());
    assertThat(nonce.find()).as("the page's CSP nonce").isTrue();
    List<String> fields = new ArrayList<>(List.of(namesAndValues));
    fields.addAll(List.of(form, form, form + "_SUBMIT", "1", "primefaces.nonce", nonce.group(1)));
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "const f = document.createElement('form');"
                + "f.method = 'post'; f.action = location.pathname + location.search;"
                + "const add = (n, v) => { const i = document.createElement('input');"
                + " i.type = 'hidden'; i.name = n; i.value = v; f.appendChild(i); };"
                + "for (let k = 0; k < arguments[1].length; k += 2) add(arguments[1][k], arguments[1][k + 1]);"
                + "if (arguments[0] !== null) add('jakarta.faces.ViewState', arguments[0]);"
                + "document.body.appendChild(f); f.submit();",
            viewState,
            fields);
    browser.waitForPage();
  }

  private String viewState() {
    return browser
        .driver()
        .findElement(By.cssSelector("input[name='jakarta.faces.ViewState']"))
        .getAttribute("value");
  }

  @Test
  void a_viewer_sees_no_edit_action() {
    String t = token();
    Api.Participant participant = Api.registerParticipant("Viewed Only " + t, 2);
    String customerId = Api.addCustomer(EDITOR, participant.id(), "V-" + t);

    browser.signIn(VIEWER);
    assertThat(browser.has("nav:menuAdd")).isFalse();
    assertThat(browser.has("nav:menuCustomers")).isTrue();
    browser.go("customer.xhtml?id=" + customerId);
    assertThat(browser.has("settings")).isFalse();
    browser.check("60-viewer-customer-details");

    browser.go("settings.xhtml?id=" + customerId);
    assertThat(browser.text()).contains("only editors can change it");
    assertThat(browser.has("settings:tabs:numbers")).isFalse();
    browser.check("61-viewer-settings");

    browser.go("add-customer.xhtml");
    assertThat(browser.text()).contains("Only editors can add customers.");
    assertThat(browser.has("registrySearch:query")).isFalse();
    assertThat(browser.status()).as("a screen that only hides its actions").isEqualTo(200);

    // a screen the viewer may not use at all: refused with 403, its message shown all the same
    browser.go("users.xhtml");
    assertThat(browser.status()).isEqualTo(403);
    assertThat(browser.text()).contains("You are not allowed to do that");
  }

  @Test
  void a_forced_edit_by_a_viewer_changes_nothing() {
    String t = token();
    Api.Participant participant = Api.registerParticipant("Forced Edit " + t, 1);
    String customerId = Api.addCustomer(EDITOR, participant.id(), "F-" + t);
    browser.signIn(VIEWER);
    browser.go("settings.xhtml?id=" + customerId);

    forgePost(
        viewState(),
        "settings",
        "settings:tabs:numbers",
        "HACKED-" + t,
        "settings:tabs:saveNumbers",
        "",
        "settings:tabs:deactivate",
        "");

    var customer = Api.customer(EDITOR, customerId);
    assertThat(customer.getString("state")).isEqualTo("ACTIVE");
    assertThat(customer.getJsonArray("customerNumbers").toString()).doesNotContain("HACKED");
  }

  @Test
  void a_post_without_the_view_state_is_refused() {
    String t = token();
    Api.Participant participant = Api.registerParticipant("Csrf Target " + t, 1);
    String customerId = Api.addCustomer(EDITOR, participant.id(), "C-" + t);
    browser.signIn(EDITOR);
    browser.go("settings.xhtml?id=" + customerId);

    forgePost("forged-by-another-site", "settings", "settings:tabs:deactivate", "");

    // MyFaces wraps the ViewExpiredException, so the generic error page may answer instead
    assertThat(browser.text()).containsAnyOf("The page has expired", "Something went wrong");
    browser.check("63-forged-form-refused");
    assertThat(Api.customer(EDITOR, customerId).getString("state")).isEqualTo("ACTIVE");
    browser.go("settings.xhtml?id=" + customerId);
    forgePost(null, "settings", "settings:tabs:deactivate", "");
    assertThat(Api.customer(EDITOR, customerId).getString("state")).isEqualTo("ACTIVE");

    // The same post with the page's own view state is the editor's: it goes through, so the
    // refusals above (and the viewer's in the test before) were the server's, not the forgery's.
    browser.go("settings.xhtml?id=" + customerId);
    forgePost(viewState(), "settings", "settings:tabs:deactivate", "");
    assertThat(Api.customer(EDITOR, customerId).getString("state")).isEqualTo("INACTIVE");
  }

  @Test
  void a_participant_named_like_a_script_shows_as_text() {
    String t = token();
    String name = "<script>alert(1)</script> " + t;
    Api.Participant participant = Api.registerParticipant(name, 1);
    String customerId = Api.addCustomer(EDITOR, participant.id(), "X-" + t);

    browser.signIn(EDITOR);
    browser.go("customers.xhtml");
    browser.type("search:query", "*" + t);
    browser.click("search:go");

    assertThat(browser.text("customerTable")).contains(name);
    assertNoAlert();
    assertThat(browser.driver().getPageSource()).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    browser.check("62-escaped-name");

    browser.go("customer.xhtml?id=" + customerId);
    assertThat(browser.driver().getTitle()).contains(name);
    assertThat(browser.text()).contains(name);
    assertNoAlert();
    browser.go("settings.xhtml?id=" + customerId);
    assertThat(browser.text()).contains(name);
    assertNoAlert();
  }

  private void assertNoAlert() {
    try {
      browser.driver().switchTo().alert();
      throw new AssertionError("a script ran: an alert is open");
    } catch (NoAlertPresentException expected) {
      // the name stayed text
    }
  }
}
