package it.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriverException;

/**
 * A browser test: one Chromium for all the browser test classes of the run, made like a new one
 * after each test (one window, no session, no cookie or stored data: {@link Browser#reset()}), and
 * replaced by a new one when it cannot be. It is closed when the tests' JVM exits. Starting
 * Chromium once per run instead of once per class (22 times) is what it saves.
 */
abstract class UiFlow {

  /** The demo tenant's users and the network administrator. */
  static final String EDITOR = "demo-editor";

  static final String VIEWER = "demo-viewer";
  static final String ADMIN = "network-admin";

  /** The Chromium of the browser tests, started by the first of them. */
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

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(UiFlow::closeBrowser, "close-chromium"));
  }

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

  private static synchronized void closeBrowser() {
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
