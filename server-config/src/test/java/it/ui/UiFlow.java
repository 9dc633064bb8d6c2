package it.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

/** A browser test: a fresh Chromium per test, closed afterwards. */
abstract class UiFlow {

  /** The demo tenant's users and the network administrator. */
  static final String EDITOR = "demo-editor";

  static final String VIEWER = "demo-viewer";
  static final String ADMIN = "network-admin";

  protected Browser browser;
  private String testName;

  @BeforeEach
  void openBrowser(TestInfo info) {
    testName =
        getClass().getSimpleName() + "-" + info.getTestMethod().map(m -> m.getName()).orElse("");
    browser = Browser.open();
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      try {
        browser.screenshot("last-" + testName);
        browser.saveSource("last-" + testName);
      } finally {
        browser.close();
      }
    }
  }

  /** A short unique token for names and numbers of one test. */
  static String token() {
    return java.util
        .UUID
        .randomUUID()
        .toString()
        .substring(0, 8)
        .toUpperCase(java.util.Locale.ROOT);
  }
}
