package fault;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Two instances on one PostgreSQL behind HAProxy: an edit through one is seen by the other at its
 * next call; one killed under load (SIGKILL) loses nothing answered 2xx, no batch in part, and
 * neither the signed-in browser user; a user disabled through one instance is refused on the other
 * at once (API credentials and screen session); PostgreSQL restarted under load: readiness goes
 * DOWN and UP by itself, every request is answered 2xx (and kept) or 503 problem details, then
 * succeeds again. Each phase is bounded by a count of requests or a deadline, never by a timed
 * assertion.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFaultIT {

  private static final String EDITOR = "demo-editor";
  private static final String VIEWER = "demo-viewer";
  private static final String ADMIN = "network-admin";
  private static final int BATCH = 100;

  /** How often the browser's waits look again (Selenium's default: every half second). */
  private static final Duration POLL = Duration.ofMillis(25);

  private static final Cluster cluster = new Cluster();
  private static String providerId;

  @BeforeAll
  static void startCluster() throws Exception {
    cluster.start();
    JsonValue providers = json(call(1, ADMIN, "GET", "registry/service-providers", null), 200);
    var list =
        providers.getValueType() == JsonValue.ValueType.ARRAY
            ? providers.asJsonArray()
            : providers.asJsonObject().getJsonArray("items");
    providerId = list.getJsonObject(0).getString("id");
  }

  @AfterAll
  static void stopCluster() throws IOException {
    cluster.stop();
  }

  @Test
  @Order(1)
  void an_edit_through_one_instance_is_seen_by_routing_and_search_on_the_other_at_once()
      throws Exception {
    String participantId = registerParticipant(1).orElseThrow();
    String number = "F-" + token();

    JsonObject customer =
        json(
                call(
                    1,
                    EDITOR,
                    "POST",
                    "customers",
                    Json.createObjectBuilder()
                        .add("participantId", participantId)
                        .add("customerNumbers", Json.createArrayBuilder().add(number))
                        .build()),
                201)
            .asJsonObject();

    JsonObject decision =
        json(
                call(
                    2,
                    VIEWER,
                    "POST",
                    "routing/test",
                    Json.createObjectBuilder()
                        .add("documentId", "D-" + number)
                        .add("customerNumber", number)
                        .build()),
                200)
            .asJsonObject();
    assertThat(decision.getString("outcome")).isEqualTo("ROUTED");
    assertThat(decision.getString("customerId")).isEqualTo(customer.getString("id"));
    JsonObject found =
        json(call(2, VIEWER, "GET", "customers?q=" + number, null), 200).asJsonObject();
    assertThat(found.getInt("total")).isEqualTo(1);
  }

  @Test
  @Order(2)
  void failed_sign_ins_through_one_instance_throttle_the_guesser_on_the_other() throws Exception {
    String guesser = "10.77." + ThreadLocalRandom.current().nextInt(256) + ".9";
    for (int i = 0; i < 5; i++) {
      assertThat(basic(1, VIEWER, "wrong password", guesser).statusCode()).isEqualTo(401);
    }

    assertThat(basic(2, VIEWER, Cluster.PASSWORD, guesser).statusCode()).isEqualTo(429);
    assertThat(basic(2, VIEWER, Cluster.PASSWORD, "10.78.0.1").statusCode()).isEqualTo(200);
  }

  @Test
  @Order(3)
  void a_user_disabled_through_one_instance_is_refused_on_the_other_at_its_next_call()
      throws Exception {
    String tenantId = demoTenantId();
    String user = newEditor();
    ChromeDriver browser = chromium();
    try {
      // Signed in on instance 1 twice over: an API credential it has verified (and may remember)
      // and a screen session.
      assertThat(call(1, user, "GET", "customers?q=*", null).statusCode()).isEqualTo(200);
      assertThat(call(1, user, "GET", "customers?q=*", null).statusCode()).isEqualTo(200);
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60), POLL);
      browser.get(cluster.instance(1, "login.xhtml").toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")))
          .sendKeys(user);
      browser.findElement(By.id("login:password")).sendKeys(Cluster.PASSWORD);
      browser.findElement(By.id("login:signIn")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("session:signOut")));

      json(
          call(2, ADMIN, "POST", "admin/tenants/" + tenantId + "/users/" + user + "/disable", null),
          200);

      assertThat(call(1, user, "GET", "customers?q=*", null).statusCode()).isEqualTo(401);
      browser.get(cluster.instance(1, "customers.xhtml").toString());
      wait.until(ExpectedConditions.urlContains("login.xhtml"));
    } finally {
      browser.quit();
    }
  }

  @Test
  @Order(3)
  void a_password_changed_through_one_instance_is_refused_on_the_other_at_its_next_call()
      throws Exception {
    String user = newEditor();
    String changed = "changed-" + token() + "-password";
    ChromeDriver browser = chromium();
    try {
      // Instance 1 has verified (and may remember) the API credential and holds a screen session.
      assertThat(call(1, user, "GET", "customers?q=*", null).statusCode()).isEqualTo(200);
      assertThat(call(1, user, "GET", "customers?q=*", null).statusCode()).isEqualTo(200);
      WebDriverWait wait = signIn(browser, 1, user);

      HttpRequest.Builder change =
          request(cluster.instance(2, "api/v1/me/password"), user, Cluster.PASSWORD, null);
      change.PUT(
          json(
              Json.createObjectBuilder()
                  .add("currentPassword", Cluster.PASSWORD)
                  .add("newPassword", changed)
                  .build()));
      HttpResponse<String> answer = cluster.send(change.build());
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(204);

      assertThat(callWith(1, user, Cluster.PASSWORD, "GET", "customers?q=*").statusCode())
          .isEqualTo(401);
      assertThat(callWith(1, user, changed, "GET", "customers?q=*").statusCode()).isEqualTo(200);
      browser.get(cluster.instance(1, "customers.xhtml").toString());
      wait.until(ExpectedConditions.urlContains("login.xhtml"));
    } finally {
      browser.quit();
    }
  }

  @Test
  @Order(3)
  void a_sign_out_through_one_instance_ends_the_session_on_the_other() throws Exception {
    String user = newEditor();
    ChromeDriver browser = chromium();
    try {
      WebDriverWait wait = signIn(browser, 1, user);
      String cookies = cookies(browser);
      // The session is in the database: instance 2 knows it, and instance 1 serves its cookie.
      browser.get(cluster.instance(2, "customers.xhtml").toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("session:signOut")));
      assertThat(screen(1, cookies).statusCode()).isEqualTo(200);

      browser.findElement(By.id("session:signOut")).click();
      wait.until(ExpectedConditions.urlContains("login.xhtml"));

      HttpResponse<String> after = screen(1, cookies);
      assertThat(after.statusCode()).as(after.body()).isBetween(300, 399);
      assertThat(after.headers().firstValue("Location").orElse("")).contains("login.xhtml");
    } finally {
      browser.quit();
    }
  }

  @Test
  @Order(4)
  void an_instance_killed_under_load_loses_nothing_answered_and_keeps_the_signed_in_user()
      throws Exception {
    ChromeDriver browser = chromium();
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60), POLL);
      browser.get(cluster.balanced("login.xhtml").toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")))
          .sendKeys(VIEWER);
      browser.findElement(By.id("login:password")).sendKeys(Cluster.PASSWORD);
      browser.findElement(By.id("login:signIn")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("session:signOut")));
      browser.get(cluster.balanced("test-routing.xhtml").toString());
      String documentId = "KILLED-" + token();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("routing:documentId"))).clear();
      browser.findElement(By.id("routing:documentId")).sendKeys(documentId);
      browser.findElement(By.id("routing:customerNumber")).sendKeys("NOBODY-" + token());
      Cookie pinned = browser.manage().getCookieNamed("RBSERVER");
      assertThat(pinned).as("HAProxy's instance cookie").isNotNull();
      int victim = Integer.parseInt(pinned.getValue().substring(1));

      Load load = new Load();
      load.start(4);
      load.awaitAnswers(20);
      cluster.kill(victim);
      survivor = victim == 1 ? 2 : 1;
      int answeredAtKill = load.successes.get();
      load.awaitSuccessesAfter(answeredAtKill, 40);
      load.stop();

      browser.findElement(By.id("routing:test")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("outcome")));
      assertThat(browser.findElement(By.id("outcome")).getText()).isEqualTo("Stopped");
      assertThat(browser.getCurrentUrl()).contains("test-routing");
      assertThat(browser.manage().getCookieNamed("RBSERVER").getValue())
          .isNotEqualTo(pinned.getValue());

      browser.findElement(By.id("session:signOut")).click();
      wait.until(ExpectedConditions.urlContains("login.xhtml"));
      browser.get(cluster.balanced("customers.xhtml").toString());
      wait.until(ExpectedConditions.urlContains("login.xhtml"));

      load.assertKept();
    } finally {
      browser.quit();
    }
  }

  /** The instance left after the kill (known as soon as it is chosen, whatever fails after). */
  private static int survivor = 2;

  @Test
  @Order(5)
  void postgresql_restarted_under_load_makes_the_instance_unready_then_ready_and_nothing_lies()
      throws Exception {
    Load load = new Load(survivor);
    load.start(3);
    load.awaitAnswers(10);
    Readiness readiness = new Readiness(survivor);
    readiness.start();

    // A restart in two steps, so that the instance is seen without its database whatever the
    // machine's speed: stopped, until readiness is DOWN and requests failed; then started.
    cluster.stopPostgresql();
    try {
      readiness.awaitDown();
      int unavailable = load.unavailable.get();
      awaitUntil(() -> load.unavailable.get() > unavailable, "requests answered 503");
    } finally {
      cluster.startPostgresql();
    }
    readiness.awaitDownThenUp();
    int answered = load.successes.get();
    load.awaitSuccessesAfter(answered, 20);
    load.stop();
    readiness.stop();

    load.assertKept();
  }

  /** Changes sent by several clients, and what they were answered. */
  private static final class Load {

    private record Sent(String kind, String key, int status) {}

    private final Integer instance;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger successes = new AtomicInteger();
    private final AtomicInteger answers = new AtomicInteger();
    private final AtomicInteger unavailable = new AtomicInteger();
    private final ConcurrentLinkedQueue<Sent> sent = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
    private final List<Thread> clients = new ArrayList<>();

    /** Through HAProxy. */
    Load() {
      this.instance = null;
    }

    /** Straight to one instance, so that its own answers are seen (not HAProxy's). */
    Load(int instance) {
      this.instance = instance;
    }

    void start(int count) {
      for (int c = 0; c < count; c++) {
        int client = c;
        Thread thread =
            new Thread(
                () -> {
                  for (long i = 0; running.get(); i++) {
                    try {
                      if ((client + i) % 2 == 0) {
                        batch();
                      } else {
                        participant();
                      }
                    } catch (IOException e) {
                      // a connection cut by the kill: nothing was answered
                      pause();
                    } catch (InterruptedException e) {
                      return;
                    }
                  }
                },
                "fault-load-" + c);
        thread.start();
        clients.add(thread);
      }
    }

    private void batch() throws IOException, InterruptedException {
      String key = "FB-" + token();
      JsonArrayBuilder documents = Json.createArrayBuilder();
      for (int i = 0; i < BATCH; i++) {
        documents.add(
            Json.createObjectBuilder()
                .add("documentId", key + "-" + i)
                .add("customerNumber", "NOBODY-" + key + "-" + i));
      }
      HttpResponse<String> answer =
          send(EDITOR, "documents", Json.createObjectBuilder().add("documents", documents).build());
      record("batch", key, answer);
    }

    private void participant() throws IOException, InterruptedException {
      String id = UUID.randomUUID().toString();
      HttpResponse<String> answer =
          send(ADMIN, "registry/participants", participantBody(swedishOrganizationNumber()));
      String created = null;
      if (answer.statusCode() == 201) {
        created = Json.createReader(new StringReader(answer.body())).readObject().getString("id");
      }
      record("participant", created == null ? id : created, answer);
    }

    private HttpResponse<String> send(String user, String path, JsonObject body)
        throws IOException, InterruptedException {
      URI uri =
          instance == null
              ? cluster.balanced("api/v1/" + path)
              : cluster.instance(instance, "api/v1/" + path);
      return cluster.send(request(uri, user, Cluster.PASSWORD, null).POST(json(body)).build());
    }

    private void record(String kind, String key, HttpResponse<String> answer) {
      int status = answer.statusCode();
      answers.incrementAndGet();
      sent.add(new Sent(kind, key, status));
      if (status / 100 == 2) {
        successes.incrementAndGet();
      } else if (status == 503 && instance != null) {
        unavailable.incrementAndGet();
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")
            || !answer.body().contains("\"status\":503")) {
          wrong.add(kind + " answered 503 without problem details: " + answer.body());
        }
        pause();
      } else if (instance != null || status != 502 && status != 503 && status != 504) {
        wrong.add(kind + " answered " + status + ": " + answer.body());
        pause();
      } else {
        pause();
      }
    }

    void awaitAnswers(int count) throws InterruptedException {
      awaitUntil(() -> answers.get() >= count, "answers to the load");
    }

    void awaitSuccessesAfter(int before, int more) throws InterruptedException {
      awaitUntil(() -> successes.get() >= before + more, "successes after the fault");
    }

    void stop() throws InterruptedException {
      running.set(false);
      for (Thread client : clients) {
        client.join(90_000);
      }
    }

    /** Every change answered 2xx is in the database; every batch is there whole or not at all. */
    void assertKept() throws SQLException {
      assertThat(wrong).as("answers that are neither success nor a clean failure").isEmpty();
      assertThat(sent).isNotEmpty();
      try (Connection db = cluster.database()) {
        for (Sent change : sent) {
          if (change.kind().equals("batch")) {
            int kept =
                count(
                    db,
                    "SELECT count(*) FROM document WHERE document_id LIKE ?",
                    change.key() + "-%");
            if (change.status() / 100 == 2) {
              assertThat(kept)
                  .as("batch %s answered %d", change.key(), change.status())
                  .isEqualTo(BATCH);
            } else {
              assertThat(kept)
                  .as("batch %s answered %d", change.key(), change.status())
                  .isIn(0, BATCH);
            }
          } else if (change.status() == 201) {
            assertThat(count(db, "SELECT count(*) FROM participant WHERE id = ?", change.key()))
                .as("participant %s answered 201", change.key())
                .isEqualTo(1);
          }
        }
      }
    }
  }

  /** Polls an instance's readiness and remembers whether it went DOWN and then UP again. */
  private static final class Readiness {

    private final int instance;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicBoolean wentDown = new AtomicBoolean();
    private final AtomicBoolean upAfterDown = new AtomicBoolean();
    private Thread poller;

    Readiness(int instance) {
      this.instance = instance;
    }

    void start() {
      poller =
          new Thread(
              () -> {
                while (running.get()) {
                  int status;
                  try {
                    status =
                        cluster
                            .send(
                                HttpRequest.newBuilder(cluster.instance(instance, "health/ready"))
                                    .timeout(Duration.ofSeconds(20))
                                    .build())
                            .statusCode();
                  } catch (IOException e) {
                    status = -1;
                  } catch (InterruptedException e) {
                    return;
                  }
                  if (status == 503) {
                    wentDown.set(true);
                  } else if (status == 200 && wentDown.get()) {
                    upAfterDown.set(true);
                  }
                  sleep(50);
                }
              },
              "fault-readiness");
      poller.start();
    }

    void awaitDown() throws InterruptedException {
      awaitUntil(wentDown::get, "readiness DOWN");
    }

    void awaitDownThenUp() throws InterruptedException {
      awaitUntil(upAfterDown::get, "readiness DOWN then UP again");
    }

    void stop() throws InterruptedException {
      running.set(false);
      poller.join();
    }
  }

  // --- helpers -----------------------------------------------------------------------------------

  private static void awaitUntil(java.util.function.BooleanSupplier done, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (!done.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited too long for " + what).isLessThan(deadline);
      Thread.sleep(50);
    }
  }

  private static void pause() {
    sleep(100);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int count(Connection db, String sql, String value) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      statement.setString(1, value);
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        return row.getInt(1);
      }
    }
  }

  private static java.util.Optional<String> registerParticipant(int instance) throws Exception {
    JsonObject created =
        json(
                call(
                    instance,
                    ADMIN,
                    "POST",
                    "registry/participants",
                    participantBody(swedishOrganizationNumber())),
                201)
            .asJsonObject();
    return java.util.Optional.of(created.getString("id"));
  }

  private static JsonObject participantBody(String number) {
    return Json.createObjectBuilder()
        .add("name", "Fault " + number)
        .add("country", "SE")
        .add("eAddress", "0007:" + number)
        .add(
            "identifiers",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("scheme", "ORGANIZATION_NUMBER")
                        .add("value", number)))
        .add(
            "serviceProviders",
            Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("id", providerId).add("default", true)))
        .build();
  }

  /** A valid Swedish organization number (Luhn check digit), most likely unused. */
  private static String swedishOrganizationNumber() {
    StringBuilder digits = new StringBuilder("55");
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int i = 0; i < 7; i++) {
      digits.append(random.nextInt(10));
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      int d = (digits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += d > 9 ? d - 9 : d;
    }
    return digits.append((10 - sum % 10) % 10).toString();
  }

  private static HttpResponse<String> call(
      int instance, String user, String method, String path, JsonObject body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        request(cluster.instance(instance, "api/v1/" + path), user, Cluster.PASSWORD, null);
    request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : json(body));
    return cluster.send(request.build());
  }

  private static HttpResponse<String> callWith(
      int instance, String user, String password, String method, String path)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        request(cluster.instance(instance, "api/v1/" + path), user, password, null);
    request.method(method, HttpRequest.BodyPublishers.noBody());
    return cluster.send(request.build());
  }

  /** The customers screen on the instance with the cookies, redirects not followed. */
  private static HttpResponse<String> screen(int instance, String cookies)
      throws IOException, InterruptedException {
    return cluster.send(
        HttpRequest.newBuilder(cluster.instance(instance, "customers.xhtml"))
            .timeout(Duration.ofSeconds(60))
            .header("Cookie", cookies)
            .GET()
            .build());
  }

  private static String cookies(ChromeDriver browser) {
    return browser.manage().getCookies().stream()
        .map(cookie -> cookie.getName() + "=" + cookie.getValue())
        .collect(java.util.stream.Collectors.joining("; "));
  }

  /** The id of the Demo tenant, read through instance 1. */
  private static String demoTenantId() throws IOException, InterruptedException {
    return json(call(1, ADMIN, "GET", "admin/tenants", null), 200).asJsonArray().stream()
        .map(JsonValue::asJsonObject)
        .filter(tenant -> tenant.getString("name").equals("Demo"))
        .map(tenant -> tenant.getString("id"))
        .findFirst()
        .orElseThrow();
  }

  /** A new editor of the Demo tenant, created through instance 2, password Cluster.PASSWORD. */
  private static String newEditor() throws IOException, InterruptedException {
    String tenantId = demoTenantId();
    String user = "fault-" + token().toLowerCase(Locale.ROOT);
    json(
        call(
            2,
            ADMIN,
            "POST",
            "admin/tenants/" + tenantId + "/users",
            Json.createObjectBuilder()
                .add("username", user)
                .add("password", Cluster.PASSWORD)
                .add("role", "EDITOR")
                .build()),
        201);
    return user;
  }

  /** Signs the user in on the instance's sign-in screen; the wait of that browser. */
  private static WebDriverWait signIn(ChromeDriver browser, int instance, String user) {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60), POLL);
    browser.get(cluster.instance(instance, "login.xhtml").toString());
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:username"))).sendKeys(user);
    browser.findElement(By.id("login:password")).sendKeys(Cluster.PASSWORD);
    browser.findElement(By.id("login:signIn")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("session:signOut")));
    return wait;
  }

  private static HttpResponse<String> basic(
      int instance, String user, String password, String forwardedFor)
      throws IOException, InterruptedException {
    return cluster.send(
        request(
                cluster.instance(instance, "api/v1/registry/service-providers"),
                user,
                password,
                forwardedFor)
            .GET()
            .build());
  }

  private static HttpRequest.Builder request(
      URI uri, String user, String password, String forwardedFor) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json")
            .header("Content-Type", "application/json")
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    if (forwardedFor != null) {
      request.header("X-Forwarded-For", forwardedFor);
    }
    return request;
  }

  private static HttpRequest.BodyPublisher json(JsonObject body) {
    return HttpRequest.BodyPublishers.ofString(body.toString());
  }

  private static JsonValue json(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isEqualTo(status);
    return Json.createReader(new StringReader(response.body())).readValue();
  }

  private static String token() {
    return UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
  }

  private static ChromeDriver chromium() throws IOException {
    Path userData = Files.createTempDirectory("routebook-fault-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("it.chromium", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--lang=en",
        "--user-data-dir=" + userData);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                Path.of(System.getProperty("it.chromedriver", "/usr/bin/chromedriver")).toFile())
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return driver;
  }
}
