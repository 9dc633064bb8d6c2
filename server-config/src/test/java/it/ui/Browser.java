package it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import it.security.ScreenSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One Chromium window on the server under test, with the steps the tests share: sign in, open a
 * page from the menu, wait for Faces to finish, save a screenshot, and check a screen with
 * axe-core.
 */
final class Browser implements AutoCloseable {

  /** Password of every demo user. */
  static final String PASSWORD = "demo-password";

  /** The folder of downloaded files, inside the browser's profile. */
  private static final String DOWNLOADS = "downloads";

  private static final String AXE = loadAxe();

  /**
   * How often a wait asks the browser again. Nearly every click's wait finds the next page not
   * there yet on its first look, and Selenium's default then waited half a second before the next.
   */
  static final Duration POLL = Duration.ofMillis(25);

  private final ChromeDriver driver;
  private final WebDriverWait wait;
  private final Path userData;
  private final String language;

  private Browser(String language) {
    this.language = language;
    try {
      userData = Files.createTempDirectory("routebook-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("it.chromium", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-dev-shm-usage",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,1000",
        "--lang=" + language,
        "--user-data-dir=" + userData);
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "intl.accept_languages",
            language,
            "download.default_directory",
            userData.resolve(DOWNLOADS).toString(),
            "download.prompt_for_download",
            false));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                Path.of(System.getProperty("it.chromedriver", "/usr/bin/chromedriver")).toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    wait = new WebDriverWait(driver, Duration.ofSeconds(15), POLL);
  }

  /** A browser asking for English pages. */
  static Browser open() {
    return new Browser("en");
  }

  /** A browser asking for pages in a language, e.g. {@code sv}. */
  static Browser open(String language) {
    return new Browser(language);
  }

  /** The application's address. */
  static String baseUrl() {
    return "http://localhost:" + System.getProperty("it.http.port", "9080") + "/";
  }

  WebDriver driver() {
    return driver;
  }

  /** Opens a page of the application, e.g. {@code customers.xhtml}. */
  void go(String page) {
    driver.get(baseUrl() + page);
  }

  /**
   * Signs in for a test about something else, in half the time of the sign-in page's steps: the
   * sign-in form is posted over HTTP as the page posts it ({@link ScreenSession}: the same request,
   * the password's check included), the browser is given the session's cookie, then opens the page
   * the sign-in led to and waits for it. The tests of the sign-in itself use {@link
   * #signInOnScreen}.
   */
  void signIn(String username) {
    ScreenSession session = ScreenSession.signIn(username, PASSWORD, language, "127.0.0.1");
    String base = baseUrl().replaceAll("/+$", "");
    session
        .cookies()
        .forEach(
            (name, value) ->
                driver.executeCdpCommand(
                    "Network.setCookie",
                    Map.of(
                        "name",
                        name,
                        "value",
                        value,
                        "url",
                        base,
                        "httpOnly",
                        true,
                        "sameSite",
                        "Lax")));
    driver.get(URI.create(baseUrl()).resolve(session.signedInTo()).toString());
    field("session:signOut");
  }

  /** Signs in through the sign-in page and waits for the start page. */
  void signInOnScreen(String username) {
    go("login.xhtml");
    type("login:username", username);
    type("login:password", PASSWORD);
    click("login:signIn");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("session:signOut")));
  }

  /** Signs out with the header's button. */
  void signOut() {
    click("session:signOut");
    wait.until(ExpectedConditions.urlContains("login.xhtml"));
  }

  /** Opens Customer Directory and then one of its entries in the menu bar. */
  void menu(String itemId) {
    WebElement directory =
        driver.findElement(
            By.xpath("//*[@id='nav:menu']//li[contains(@class,'ui-menu-parent')]/a"));
    directory.click();
    WebElement item =
        wait.until(
            ExpectedConditions.elementToBeClickable(By.cssSelector("[id='nav:" + itemId + "']")));
    WebElement page = driver.findElement(By.tagName("html"));
    item.click();
    wait.until(ExpectedConditions.stalenessOf(page));
    waitForPage();
  }

  /** The element with the client id. */
  WebElement field(String clientId) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(clientId)));
  }

  /** Whether an element with the client id is on the page. */
  boolean has(String clientId) {
    return !driver.findElements(By.id(clientId)).isEmpty();
  }

  /**
   * Clicks a button whose answer is a file instead of a page, waits until the browser saved it
   * under its name, complete, and returns its text (UTF-8); the page stays as it was.
   */
  String download(String clientId, String fileName) {
    Path folder = userData.resolve(DOWNLOADS);
    Path file = folder.resolve(fileName);
    try {
      Files.createDirectories(folder);
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      driver.executeCdpCommand(
          "Browser.setDownloadBehavior",
          Map.of("behavior", "allow", "downloadPath", folder.toAbsolutePath().toString()));
    } catch (WebDriverException older) {
      // the preference given at the start chooses the folder then
    }
    wait.until(ExpectedConditions.elementToBeClickable(By.id(clientId))).click();
    // Chromium writes into a temporary file and gives it its name once it is complete
    new WebDriverWait(driver, Duration.ofSeconds(30), POLL).until(d -> Files.isRegularFile(file));
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Replaces the text of an input as a user's typing does. A text box gets the focus with its text
   * selected, and Chromium inserts the new text in place of it through its own input pipeline
   * ({@code Input.insertText}: the {@code beforeinput} and {@code input} events typing gives;
   * {@code change} follows when the focus leaves, as after typing): two browser commands, where
   * {@code clear()} and {@code sendKeys} take three plus one per character (about 140 ms for 17
   * characters here, against 35 ms). Other inputs (a date) are typed into key by key.
   */
  void type(String clientId, String text) {
    WebElement input = field(clientId);
    if (text.isEmpty()) {
      input.clear();
      return;
    }
    Object selected =
        driver.executeScript(
            "var box = arguments[0];"
                + " if (!/^(text|search|password|email|tel|url|textarea)$/.test(box.type)) {"
                + "   return false;"
                + " }"
                + " box.focus(); box.select();"
                + " return box.selectionStart === 0 && box.selectionEnd === box.value.length;",
            input);
    if (Boolean.TRUE.equals(selected)) {
      driver.executeCdpCommand("Input.insertText", Map.of("text", text));
    } else {
      input.clear();
      input.sendKeys(text);
    }
  }

  /** Clicks a button or link that submits the page, and waits for the next page to load. */
  void click(String clientId) {
    click(By.id(clientId));
  }

  /**
   * Clicks an element found by any locator that submits the page, and waits for what the click did:
   * a new page loaded (the old one is stale), or an Ajax request sent and answered without leaving
   * the page. Both are conditions the page reports, not a pause.
   */
  void click(By locator) {
    WebElement page = countAjaxRequests();
    wait.until(ExpectedConditions.elementToBeClickable(locator)).click();
    wait.until(d -> isStale(page) || ajaxAnswered(d));
    waitForPage();
  }

  /**
   * Counts, from now on, the Ajax requests the page sends and those answered (PrimeFaces sends its
   * own without jQuery's global events, so both kinds are counted), and notes when the page starts
   * to leave (a submit, or an Ajax answer that redirects): then only the next page will do. Answers
   * the page's root element, to see when a new page has replaced it.
   */
  private WebElement countAjaxRequests() {
    return (WebElement)
        driver.executeScript(
            "window.routebookAjax = {sent: 0, answered: 0, leaving: false};"
                + "if (!window.routebookAjaxCounting) {"
                + "  window.routebookAjaxCounting = true;"
                + "  window.addEventListener('beforeunload',"
                + "      function () { window.routebookAjax.leaving = true; });"
                + "  if (window.jQuery) {"
                + "    jQuery(document).on('pfAjaxSend ajaxSend',"
                + "        function () { window.routebookAjax.sent++; });"
                + "    jQuery(document).on('pfAjaxComplete ajaxComplete',"
                + "        function () { window.routebookAjax.answered++; });"
                + "  }"
                + "}"
                + "return document.documentElement;");
  }

  private static boolean isStale(WebElement page) {
    try {
      page.isEnabled();
      return false;
    } catch (StaleElementReferenceException gone) {
      return true;
    } catch (WebDriverException e) {
      // Chromium reports an element of a page being replaced this way too
      if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
        return true;
      }
      throw e;
    }
  }

  private static boolean ajaxAnswered(WebDriver driver) {
    try {
      return Boolean.TRUE.equals(
          ((JavascriptExecutor) driver)
              .executeScript(
                  "var ajax = window.routebookAjax;"
                      + " return !!ajax && !ajax.leaving"
                      + "     && ajax.sent > 0 && ajax.answered >= ajax.sent;"));
    } catch (WebDriverException loading) {
      return false; // the next page is on its way
    }
  }

  /** Clicks an element that updates the page in place (Ajax or a dialog), and waits for it. */
  void clickInPage(String clientId) {
    clickInPage(By.id(clientId));
  }

  /** Clicks an element found by any locator that updates the page in place, and waits. */
  void clickInPage(By locator) {
    wait.until(ExpectedConditions.elementToBeClickable(locator)).click();
    waitForPage();
  }

  /** Waits for the document to load and for PrimeFaces' Ajax queue to empty. */
  void waitForPage() {
    wait.until(
        d ->
            Boolean.TRUE.equals(
                ((JavascriptExecutor) d)
                    .executeScript(
                        "return document.readyState === 'complete'"
                            + " && (!window.jQuery || jQuery.active === 0)"
                            + " && (!window.PrimeFaces || !PrimeFaces.ajax"
                            + "     || PrimeFaces.ajax.Queue.isEmpty());")));
  }

  /** The HTTP status of the page shown, as the browser received it (Navigation Timing). */
  int status() {
    Object status =
        ((JavascriptExecutor) driver)
            .executeScript("return performance.getEntriesByType('navigation')[0].responseStatus;");
    return ((Number) status).intValue();
  }

  /** Waits until the page's text contains the text. */
  void waitForText(String text) {
    wait.until(d -> d.findElement(By.tagName("body")).getText().contains(text));
  }

  /** The visible text of the page. */
  String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** The visible text of an element. */
  String text(String clientId) {
    return field(clientId).getText();
  }

  /** The texts of the global messages at the top of the page. */
  String messages() {
    List<WebElement> messages = driver.findElements(By.id("messages"));
    return messages.isEmpty() ? "" : messages.get(0).getText();
  }

  /**
   * Waits until the global messages contain the text, and fails with the page's address and text
   * when they do not: a message kept across a redirect is rendered by the next page, which the
   * browser may still be loading.
   */
  void waitForMessage(String text) {
    try {
      wait.until(d -> messages().contains(text));
    } catch (TimeoutException missing) {
      throw new AssertionError(
          "no message '" + text + "' on " + driver.getCurrentUrl() + "; the page says: " + text(),
          missing);
    }
  }

  /** Waits for a visible element. */
  WebElement visible(By locator) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  /** Saves a screenshot of the window as {@code <name>.png} into the build's screenshot folder. */
  void screenshot(String name) {
    Path folder = Path.of(System.getProperty("it.screenshots", "target/screenshots"));
    try {
      Files.createDirectories(folder);
      byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
      Files.write(folder.resolve(name + ".png"), png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Saves the page's HTML as {@code <name>.html} beside the screenshots, to see what went wrong.
   */
  void saveSource(String name) {
    Path folder = Path.of(System.getProperty("it.screenshots", "target/screenshots"));
    try {
      Files.createDirectories(folder);
      Files.writeString(folder.resolve(name + ".html"), driver.getPageSource());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Saves a screenshot and runs axe-core on the screen: no violation of serious or critical impact
   * is allowed.
   */
  void check(String name) {
    screenshot(name);
    List<String> problems = axeViolations();
    assertThat(problems).as("serious or critical accessibility violations on " + name).isEmpty();
  }

  @SuppressWarnings("unchecked")
  private List<String> axeViolations() {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript(AXE);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    Object result =
        js.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact,"
                + " help: v.help, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))))"
                + ".catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e),"
                + " nodes: []}]));");
    List<String> problems = new ArrayList<>();
    for (Map<String, Object> violation : (List<Map<String, Object>>) result) {
      Object impact = violation.get("impact");
      if ("serious".equals(impact) || "critical".equals(impact)) {
        problems.add(
            impact
                + " "
                + violation.get("id")
                + ": "
                + violation.get("help")
                + " at "
                + violation.get("nodes"));
      }
    }
    return problems;
  }

  private static String loadAxe() {
    try (InputStream in = Browser.class.getResourceAsStream("/axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe.min.js is not on the test class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * From now on, every page this browser loads records the Content Security Policy violations it
   * reports ({@code securitypolicyviolation} events), from before its first script runs: the
   * recorder is evaluated by Chromium on each new document, outside the page's policy.
   */
  void recordPolicyViolations() {
    driver.executeCdpCommand(
        "Page.addScriptToEvaluateOnNewDocument",
        Map.of(
            "source",
            "if (!window.routebookCsp) {"
                + "  window.routebookCsp = [];"
                + "  document.addEventListener('securitypolicyviolation', function (e) {"
                + "    window.routebookCsp.push(e.effectiveDirective + ' blocked '"
                + "        + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber"
                + "        + ' (' + (e.sample || '') + ')');"
                + "  });"
                + "}"));
  }

  /** The violations the current page has reported since it loaded. */
  @SuppressWarnings("unchecked")
  List<String> policyViolations() {
    Object found =
        ((JavascriptExecutor) driver).executeScript("return window.routebookCsp || null;");
    if (found == null) {
      throw new IllegalStateException(
          "the page records no violations: call recordPolicyViolations() first");
    }
    return new ArrayList<>((List<String>) found);
  }

  /** A name no other test run used, e.g. for a participant. */
  static String unique(String prefix) {
    return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  /**
   * Makes this browser as a new one is for the application: one window on a blank page, no alert
   * open, and no cookie (so no session) or stored data of any site. Answers false when the browser
   * no longer answers, so that the caller opens a new one instead.
   */
  boolean reset() {
    try {
      try {
        driver.switchTo().alert().dismiss();
      } catch (NoAlertPresentException none) {
        // nothing to dismiss
      }
      List<String> windows = new ArrayList<>(driver.getWindowHandles());
      for (String window : windows.subList(1, windows.size())) {
        driver.switchTo().window(window);
        driver.close();
      }
      driver.switchTo().window(windows.get(0));
      driver.get("about:blank");
      driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
      driver.executeCdpCommand(
          "Storage.clearDataForOrigin",
          Map.of("origin", baseUrl().replaceAll("/+$", ""), "storageTypes", "all"));
      Object cookies = driver.executeCdpCommand("Network.getAllCookies", Map.of()).get("cookies");
      return driver.getWindowHandles().size() == 1 && ((List<?>) cookies).isEmpty();
    } catch (WebDriverException broken) {
      return false;
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (var files = Files.walk(userData)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        // a temporary folder left behind is harmless
      }
    }
  }
}
