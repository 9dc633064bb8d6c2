package it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The screens speak Swedish to a browser that asks for it, domain errors and routing messages
 * included.
 */
class LanguageIT {

  @Test
  void a_swedish_browser_gets_swedish_screens() {
    try (Browser browser = Browser.open("sv")) {
      browser.go("login.xhtml");
      assertThat(browser.text()).contains("Logga in").contains("Användarnamn");
      browser.check("80-sv-sign-in");

      browser.signIn("demo-viewer");
      assertThat(browser.text()).contains("Mina kunder").contains("Skilj på versaler");
      assertThat(
              browser
                  .driver()
                  .findElement(org.openqa.selenium.By.tagName("html"))
                  .getAttribute("lang"))
          .isEqualTo("sv");
      browser.check("81-sv-my-customers");
    }
  }

  @Test
  void a_swedish_browser_reads_validation_errors_and_stop_messages_in_swedish() {
    try (Browser browser = Browser.open("sv")) {
      browser.signIn("demo-viewer");
      browser.go("test-routing.xhtml");
      browser.type("routing:documentId", Browser.unique("SV").replace(" ", "-"));
      browser.click("routing:test");
      assertThat(browser.text()).contains("Ange minst en mottagarreferens.");
      browser.check("82-sv-no-reference");

      String token = Browser.unique("SV").replace(" ", "-");
      browser.go("test-routing.xhtml");
      browser.type("routing:documentId", token);
      browser.type("routing:customerNumber", "UNKNOWN-" + token);
      browser.click("routing:test");
      assertThat(browser.text("reason")).isEqualTo("Ingen träff");
      assertThat(browser.text("message"))
          .isEqualTo(
              "Mottagaren av dokument "
                  + token
                  + " matchade ingen mottagare i det publika kundregistret eller i ditt"
                  + " kundregister. Kontrollera att mottagaren finns i ditt kundregister");
      browser.check("83-sv-test-routing-stopped");
    }
  }
}
