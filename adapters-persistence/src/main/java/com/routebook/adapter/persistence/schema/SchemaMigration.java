package com.routebook.adapter.persistence.schema;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date when the application starts. The migrations of the
 * configured database kind ({@code DB_KIND}: {@code h2} or {@code postgresql}) run first; the demo
 * data ({@code DEMO_DATA=true}, the default on embedded H2) is a repeatable migration on top. Until
 * this has finished, the readiness check answers DOWN.
 */
@ApplicationScoped
public class SchemaMigration {

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = "jdbc/routebook")
  private DataSource dataSource;

  @Inject
  @ConfigProperty(name = "DB_KIND", defaultValue = "h2")
  private String databaseKind;

  @Inject
  @ConfigProperty(name = "DEMO_DATA", defaultValue = "false")
  private boolean demoData;

  private volatile State state = State.PENDING;
  private volatile String failure = "";

  void onStart(
      @Observes
          @Priority(Interceptor.Priority.PLATFORM_BEFORE)
          @Initialized(ApplicationScoped.class)
          Object applicationStarted) {
    migrate();
  }

  /** Runs the pending migrations; safe to call again (Flyway applies each one once). */
  public synchronized void migrate() {
    try {
      String kind = kind();
      List<String> locations = new ArrayList<>(List.of("classpath:db/migration/" + kind));
      if (demoData) {
        locations.add("classpath:db/demo/" + kind);
      }
      MigrateResult result =
          Flyway.configure(getClass().getClassLoader())
              .dataSource(dataSource)
              .locations(locations.toArray(String[]::new))
              .failOnMissingLocations(true)
              // Liberty's session store (db-postgresql.xml) may create its table http_session
              // before this runs, in a database Flyway has not seen yet: that schema counts as
              // empty (version 0), so every migration still runs; a schema made by anything else
              // fails on its first CREATE as before.
              .baselineOnMigrate(true)
              .baselineVersion("0")
              .load()
              .migrate();
      LOG.info(
          () ->
              "Database schema ("
                  + kind
                  + ") at version "
                  + result.targetSchemaVersion
                  + ", "
                  + result.migrationsExecuted
                  + " migration(s) applied"
                  + (demoData ? ", demo data loaded" : ""));
      state = State.DONE;
    } catch (RuntimeException e) {
      state = State.FAILED;
      failure = e.getMessage();
      LOG.log(Level.SEVERE, "Database migration failed; the application is not ready", e);
    }
  }

  /** Whether every migration has been applied. */
  public boolean done() {
    return state == State.DONE;
  }

  /** Why the migration failed, or an empty text. */
  public String failure() {
    return failure;
  }

  /** The database kind in use, {@code h2} or {@code postgresql}. */
  public String kind() {
    String kind = databaseKind.trim().toLowerCase(Locale.ROOT);
    if (!kind.equals("h2") && !kind.equals("postgresql")) {
      throw new IllegalStateException("DB_KIND must be h2 or postgresql, not " + databaseKind);
    }
    return kind;
  }

  private enum State {
    PENDING,
    DONE,
    FAILED
  }
}
