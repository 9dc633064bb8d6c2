package com.routebook.adapter.persistence.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.routebook.adapter.persistence.testing.TestDatabase;
import com.routebook.application.port.out.DirectoryExport.Selection;
import com.routebook.domain.tenant.TenantId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's peer of the export ({@code bench/sql/export.sql}, run by {@code psql}) is the
 * statement the adapter sends PostgreSQL for an export with the API's defaults, so that the suite
 * compares the export with the database's own time for the same rows in the same order.
 */
class JdbcDirectoryExportStatementTest {

  /** Any tenant: the statement holds its id as a literal, where the file has {@code :'big'}. */
  private static final String TENANT = "7e1f3c2a-5b4d-4e6f-8a9b-0c1d2e3f4a5b";

  @Test
  void the_benchmark_runs_the_statement_of_an_export_with_the_defaults() throws IOException {
    JdbcDirectoryExport export = new JdbcDirectoryExport(TestDatabase.postgresql().dataSource());
    String statement =
        export
            .statement(new TenantId(TENANT), new Selection(null, null, null, "en"))
            .inlined(value -> "'" + value + "'");

    assertThat(benchmarkStatement().replace(":'big'", "'" + TENANT + "'"))
        .isEqualTo("COPY (" + statement + ") TO STDOUT;");
  }

  /** The one line of the benchmark's file that is not a comment. */
  private static String benchmarkStatement() throws IOException {
    Path file = Path.of("").toAbsolutePath().getParent().resolve("bench/sql/export.sql");
    return Files.readAllLines(file).stream()
        .filter(line -> !line.isBlank() && !line.startsWith("--"))
        .reduce((a, b) -> a + "\n" + b)
        .orElseThrow();
  }
}
