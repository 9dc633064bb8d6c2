package it.ui;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

/**
 * A browser test: one Chromium per test class, made like a new one before each test (one window, no
 * session, no cookie or stored data: {@link Browser#reset()}), and replaced by a new one when it
 * cannot be. Starting Chromium once per class instead of once per test is what it saves.
 */
abstract class UiFlow {

  /** The demo tenant's users and the network administrator. */
  static final String EDITOR = "demo-editor";

  static final String VIEWER = "demo-viewer";
  static final String ADMIN = "network-admin";

  /** The Chromium of the running test class, started by its first test. */
  private static Browser shared;

  protected Browser browser;
  private String testName;

  @BeforeEach
  void openBrowser(TestInfo info) {
    testName =
        getClass().getSimpleName() + "-" + info.getTestMethod().map(m -> m.getName()).orElse("");
    if (shared == null) {
      shared = Browser.open();
    }
    browser = shared;
  }

  @AfterEach
  void resetBrowser() {
    if (browser != null) {
      try {
        browser.screenshot("last-" + testName);
        browser.saveSource("last-" + testName);
      } finally {
        if (!browser.reset()) {
          closeBrowser();
        }
        browser = null;
      }
    }
  }

  @AfterAll
  static void closeBrowser() {
    if (shared != null) {
      try {
        shared.close();
      } finally {
        shared = null;
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
