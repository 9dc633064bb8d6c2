package it.ui;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriverException;

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

  /**
   * Saves the page a failed test left (screenshot and source, {@code failed-<class>-<test>}) before
   * {@link #resetBrowser()} clears it: after each test's own steps, before its {@code AfterEach}. A
   * test that passed saves nothing: that was one screenshot and one page source per test.
   */
  @RegisterExtension
  static final AfterTestExecutionCallback SAVE_FAILED_PAGE =
      context -> {
        if (context.getExecutionException().isEmpty() || shared == null) {
          return;
        }
        String name =
            "failed-"
                + context.getRequiredTestClass().getSimpleName()
                + "-"
                + context.getRequiredTestMethod().getName();
        try {
          shared.screenshot(name);
          shared.saveSource(name);
        } catch (WebDriverException unreachable) {
          // the browser itself failed: the test's own failure says more than its last page
        }
      };

  protected Browser browser;

  @BeforeEach
  void openBrowser() {
    if (shared == null) {
      shared = Browser.open();
    }
    browser = shared;
  }

  @AfterEach
  void resetBrowser() {
    if (browser != null) {
      try {
        if (!browser.reset()) {
          closeBrowser();
        }
      } finally {
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
