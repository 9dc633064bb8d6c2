package com.routebook.adapter.persistence.schema;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the database answers and every migration has been applied. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Resource(lookup = "jdbc/routebook")
  private DataSource dataSource;

  @Inject private SchemaMigration migration;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("database");
    if (!migration.done()) {
      return response.down().withData("migrations", "not applied " + migration.failure()).build();
    }
    try (Connection connection = dataSource.getConnection()) {
      boolean answers = connection.isValid(2);
      return response.status(answers).withData("migrations", "applied").build();
    } catch (SQLException e) {
      return response.down().withData("error", e.getMessage()).build();
    }
  }
}
