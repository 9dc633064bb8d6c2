package it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The screens speak Swedish to a browser that asks for it. */
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
}
