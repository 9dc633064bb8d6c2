package fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The cluster of the fault tests: {@code cluster/start.sh} with two instances on the fault tests'
 * PostgreSQL (a server of its own, so that restarting it disturbs no other test), the scripts that
 * kill an instance and restart PostgreSQL, and a JDBC connection to check what was kept.
 */
final class Cluster {

  static final String PASSWORD = "demo-password";

  private static final Duration SCRIPT_TIMEOUT = Duration.ofMinutes(10);

  final int port = Integer.getInteger("fault.cluster.port", 9780);
  final String dbHost = System.getProperty("fault.db.host", "localhost");
  final int dbPort = Integer.getInteger("fault.db.port", 9299);
  final String dbName = System.getProperty("fault.db.name", "routebook_cluster");
  final String dbUser = System.getProperty("fault.db.user", "routebook");
  final String dbPassword = System.getProperty("fault.db.password", "routebook");
  final String pgCluster = System.getProperty("fault.pg.cluster", "faults");

  private final Path root = Path.of(System.getProperty("user.dir")).getParent();
  private final Path logs = Path.of(System.getProperty("user.dir"), "target", "fault-logs");

  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  /** Starts two instances and HAProxy; skips (or fails, when required) without what they need. */
  void start() throws IOException {
    Files.createDirectories(logs);
    requireOrSkip(onPath("haproxy"), "haproxy is not installed");
    requireOrSkip(
        databaseAnswers(), "PostgreSQL for the fault tests is not reachable at " + jdbcUrl());
    run("start", List.of("cluster/start.sh", "2"));
  }

  void stop() throws IOException {
    run("stop", List.of("cluster/stop.sh"));
  }

  /** Kills instance {@code n} with SIGKILL. */
  void kill(int n) throws IOException {
    run("kill-" + n, List.of("cluster/kill.sh", String.valueOf(n)));
  }

  /** Stops the fault tests' PostgreSQL server as CI would ({@code pg_ctlcluster ... stop}). */
  void stopPostgresql() throws IOException {
    pgCtlcluster("stop");
  }

  /** Starts it again. */
  void startPostgresql() throws IOException {
    pgCtlcluster("start");
  }

  private void pgCtlcluster(String action) throws IOException {
    String[] versions = new File("/etc/postgresql").list();
    assertThat(versions).as("PostgreSQL clusters in /etc/postgresql").isNotEmpty();
    java.util.Arrays.sort(versions);
    run(
        "pg-" + action,
        List.of(
            "pg_ctlcluster",
            "--skip-systemctl-redirect",
            versions[versions.length - 1],
            pgCluster,
            action));
  }

  /** Through HAProxy. */
  URI balanced(String path) {
    return URI.create("http://127.0.0.1:" + port + "/" + path);
  }

  /** Straight to instance {@code n}. */
  URI instance(int n, String path) {
    return URI.create("http://127.0.0.1:" + (port + n) + "/" + path);
  }

  HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  Connection database() throws SQLException {
    return DriverManager.getConnection(jdbcUrl(), dbUser, dbPassword);
  }

  String jdbcUrl() {
    return "jdbc:postgresql://" + dbHost + ":" + dbPort + "/" + dbName;
  }

  private boolean databaseAnswers() {
    try (Connection connection = database()) {
      return connection.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }

  private static boolean onPath(String command) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, command))) {
        return true;
      }
    }
    return Files.isExecutable(Path.of("/usr/sbin", command));
  }

  private static void requireOrSkip(boolean present, String what) {
    if (present) {
      return;
    }
    String message =
        "\n*** "
            + what
            + ": the fault tests are "
            + (required() ? "FAILING" : "SKIPPED")
            + " (ROUTEBOOK_CLUSTER_REQUIRED=true makes this a failure; .ci/run prepares both) ***\n";
    System.err.println(message);
    if (required()) {
      Assertions.fail(message);
    }
    Assumptions.abort(message);
  }

  private static boolean required() {
    return "true".equalsIgnoreCase(System.getenv("ROUTEBOOK_CLUSTER_REQUIRED"));
  }

  private void run(String name, List<String> command) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile());
    Map<String, String> env = builder.environment();
    env.put("CLUSTER_PORT", String.valueOf(port));
    env.put("DB_HOST", dbHost);
    env.put("DB_PORT", String.valueOf(dbPort));
    env.put("DB_NAME", dbName);
    env.put("DB_USER", dbUser);
    env.put("DB_PASSWORD", dbPassword);
    env.put("DEMO_DATA", "true");
    // An instance started in 20-30 s on a quiet machine and in over 5 minutes at a load average of
    // 23 (four builds beside it): wait up to 9 minutes, within the script's own 10.
    env.put("CLUSTER_START_TIMEOUT", "540");
    Path log = logs.resolve(name + ".log");
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    Process process = builder.start();
    try {
      boolean ended = process.waitFor(SCRIPT_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      if (!ended) {
        process.destroyForcibly();
      }
      assertThat(ended && process.exitValue() == 0)
          .as(String.join(" ", command) + " failed:\n" + Files.readString(log))
          .isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }
}
