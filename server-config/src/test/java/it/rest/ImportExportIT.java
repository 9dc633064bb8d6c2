package it.rest;

import static it.rest.TestData.ADMIN;
import static it.rest.TestData.EDITOR;
import static it.rest.TestData.OTHER_EDITOR;
import static it.rest.TestData.VIEWER;
import static it.rest.TestData.unique;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * {@code /customers/export} and {@code /customers/imports}: export with the search, the template,
 * file-level errors with nothing changed, a dry run with its per-row report, apply (valid rows
 * only, and a dry run's file), an unchanged export imported back, roles and tenant isolation.
 */
@MicroShedTest
class ImportExportIT {

  private static final String CSV = "text/csv";
  private static final String HEADER = "eAddress,customerNumbers,serviceProvider,state";

  private static ApiClient.Answer exportCsv(ApiClient client, String query) {
    return client.send(
        "GET", "customers/export" + query, null, "Accept", CSV + ", application/problem+json");
  }

  private static ApiClient.Answer upload(ApiClient client, String query, String csv) {
    return client.sendBytes(
        "POST", "customers/imports" + query, csv.getBytes(StandardCharsets.UTF_8), CSV);
  }

  /** Starts an import and waits until it ended (polling its status, as a client does). */
  private static JsonObject importAndWait(ApiClient client, String query, String csv) {
    ApiClient.Answer started = Expect.ok(upload(client, query, csv), 202);
    String location = started.header("Location").orElseThrow();
    String id = started.json().getString("id");
    assertThat(location).endsWith("/api/v1/customers/imports/" + id);
    return waitFor(client, id);
  }

  private static JsonObject waitFor(ApiClient client, String id) {
    for (int i = 0; i < 1200; i++) {
      JsonObject status = Expect.ok(client.get("customers/imports/" + id), 200).json();
      if (!status.getString("status").equals("RUNNING")) {
        return status;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("import " + id + " still running");
  }

  private static List<JsonObject> rows(ApiClient client, String id, String query) {
    List<JsonObject> rows = new ArrayList<>();
    Expect.ok(client.get("customers/imports/" + id + "/rows" + query), 200)
        .json()
        .getJsonArray("items")
        .forEach(r -> rows.add(r.asJsonObject()));
    return rows;
  }

  private static long total(ApiClient client, String q) {
    return Expect.ok(client.get("customers?q=" + q), 200).json().getJsonNumber("total").longValue();
  }

  @Test
  void the_export_is_utf8_csv_with_a_bom_and_a_header_and_takes_the_search() {
    TestData.Participant swedish = TestData.participant(unique("Åkerlund & Söner "));
    String number = unique("EXP-");
    TestData.customer(EDITOR, swedish, number);

    ApiClient.Answer all = exportCsv(VIEWER, "");
    assertThat(all.status()).isEqualTo(200);
    assertThat(all.contentType()).startsWith(CSV);
    assertThat(all.header("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).contains("customers.csv"));
    assertThat(all.body())
        .startsWith(
            "\uFEFFcustomerId,name,participantId,eAddress,organizationNumber,vatNumber,"
                + "customerNumbers,serviceProvider,state\r\n")
        .contains(swedish.name());

    ApiClient.Answer found = exportCsv(VIEWER, "?q=" + number);
    assertThat(found.body().split("\r\n")).hasSize(2);
    assertThat(found.body()).contains(swedish.eAddress()).contains(number);
    assertThat(exportCsv(OTHER_EDITOR, "?q=" + number).body().split("\r\n")).hasSize(1);
  }

  @Test
  void the_export_comes_as_xlsx_and_its_errors_as_problems() {
    ApiClient.Answer xlsx =
        VIEWER.send(
            "GET",
            "customers/export?format=xlsx",
            null,
            "Accept",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(xlsx.status()).isEqualTo(200);
    assertThat(xlsx.contentType())
        .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(xlsx.body()).startsWith("PK");

    Expect.problem(exportCsv(VIEWER, "?format=pdf"), 422, "INVALID_PARAMETER");
    assertThat(exportCsv(VIEWER, "?q=*a").status()).isEqualTo(200);
    Expect.problem(exportCsv(ADMIN, ""), 403, "FORBIDDEN");
    assertThat(exportCsv(ApiClient.anonymous(), "").status()).isEqualTo(401);
  }

  @Test
  void the_template_has_the_import_columns() {
    ApiClient.Answer template =
        VIEWER.send("GET", "customers/imports/template", null, "Accept", CSV);
    assertThat(template.status()).isEqualTo(200);
    assertThat(template.body())
        .isEqualTo(
            "\uFEFFeAddress,organizationNumber,vatNumber,customerNumbers,serviceProvider,state\r\n");
  }

  @Test
  void a_file_that_is_not_one_is_refused_with_nothing_changed() {
    JsonObject semicolons =
        Expect.problem(
            upload(EDITOR, "", "eAddress;customerNumbers\n0007:1;A\n"), 422, "INVALID_IMPORT_FILE");
    assertThat(semicolons.getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("file");
    assertThat(semicolons.getJsonArray("errors").getJsonObject(0).getString("message"))
        .contains(";");

    JsonObject columns =
        Expect.problem(
            upload(EDITOR, "", "eAddress,colour\n0007:1,red\n"), 422, "INVALID_IMPORT_FILE");
    assertThat(columns.getJsonArray("errors")).hasSize(2);
    Expect.problem(upload(EDITOR, "", ""), 422, "INVALID_IMPORT_FILE");
    Expect.problem(upload(EDITOR, "", HEADER + "\n"), 422, "INVALID_IMPORT_FILE");
    Expect.problem(
        EDITOR.sendBytes(
            "POST",
            "customers/imports",
            (HEADER + "\n0007:1,Å-1,,\n").getBytes(StandardCharsets.ISO_8859_1),
            CSV),
        422,
        "INVALID_IMPORT_FILE");
    Expect.problem(
        upload(EDITOR, "?dryRun=maybe", HEADER + "\n0007:1,A,,\n"), 422, "INVALID_PARAMETER");
    Expect.problem(upload(VIEWER, "", HEADER + "\n0007:1,A,,\n"), 403, "FORBIDDEN");
  }

  @Test
  void a_dry_run_reports_each_row_failed_first_and_saves_nothing() {
    TestData.Participant fresh = TestData.participant(unique("Dry run "));
    String number = unique("DRY-");
    String csv =
        HEADER
            + "\n"
            + fresh.eAddress()
            + ","
            + number
            + ",,\n"
            + "0007:0000000000,"
            + unique("X-")
            + ",,\n"
            + fresh.eAddress()
            + ",\""
            + number
            + ", bad!\",,SLEEPING\n";

    JsonObject done = importAndWait(EDITOR, "", csv);

    assertThat(done.getString("status")).isEqualTo("DONE");
    assertThat(done.getBoolean("dryRun")).isTrue();
    assertThat(done.getBoolean("applied")).isFalse();
    assertThat(done.getJsonNumber("rows").longValue()).isEqualTo(3);
    assertThat(done.getJsonNumber("processed").longValue()).isEqualTo(3);
    assertThat(done.getJsonNumber("added").longValue()).isEqualTo(1);
    assertThat(done.getJsonNumber("failed").longValue()).isEqualTo(2);
    List<JsonObject> rows = rows(EDITOR, done.getString("id"), "");
    assertThat(rows)
        .extracting(r -> r.getString("outcome"))
        .containsExactly("FAILED", "FAILED", "ADDED");
    assertThat(rows).extracting(r -> r.getInt("line")).containsExactly(3, 4, 2);
    assertThat(rows.get(1).getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .containsExactlyInAnyOrder("eAddress", "customerNumbers[1]", "state");
    assertThat(rows(EDITOR, done.getString("id"), "?outcome=ADDED")).hasSize(1);
    assertThat(total(EDITOR, number)).isZero();

    ApiClient.Answer report =
        EDITOR.send(
            "GET", "customers/imports/" + done.getString("id") + "/report", null, "Accept", CSV);
    assertThat(report.status()).isEqualTo(200);
    String[] lines = report.body().split("\r\n");
    assertThat(lines[0]).isEqualTo("\uFEFFline,outcome,customerId,errors");
    assertThat(lines[1]).startsWith("3,FAILED,,");
    assertThat(lines[3]).isEqualTo("2,ADDED,,");
  }

  @Test
  void valid_rows_are_saved_audited_under_the_importer_and_an_export_imports_back_unchanged() {
    TestData.Participant fresh = TestData.participant(unique("Applied "));
    String number = unique("APP-");
    String csv = HEADER + "\n" + fresh.eAddress() + "," + number + ",,INACTIVE\n" + ",nothing,,\n";

    JsonObject done = importAndWait(EDITOR, "?dryRun=false&mode=VALID_ROWS", csv);

    assertThat(done.getBoolean("applied")).isTrue();
    assertThat(done.getJsonNumber("added").longValue()).isEqualTo(1);
    JsonObject customer =
        Expect.ok(EDITOR.get("customers?q=" + number), 200)
            .json()
            .getJsonArray("items")
            .getJsonObject(0);
    assertThat(customer.getString("state")).isEqualTo("INACTIVE");
    List<JsonObject> history =
        Expect.ok(EDITOR.get("customers/" + customer.getString("id") + "/history"), 200)
            .array()
            .getValuesAs(JsonObject.class);
    assertThat(history).extracting(h -> h.getString("actor")).containsOnly("demo-editor");
    assertThat(rows(EDITOR, done.getString("id"), "?outcome=ADDED").get(0).getString("customerId"))
        .isEqualTo(customer.getString("id"));

    String export = exportCsv(EDITOR, "").body();
    JsonObject back = importAndWait(EDITOR, "?dryRun=false", export);
    assertThat(back.getJsonNumber("failed").longValue()).as(back.toString()).isZero();
    assertThat(back.getJsonNumber("unchanged").longValue())
        .isEqualTo(back.getJsonNumber("rows").longValue());
    assertThat(
            Expect.ok(EDITOR.get("customers/" + customer.getString("id") + "/history"), 200)
                .array())
        .hasSize(history.size());
  }

  @Test
  void all_or_nothing_saves_nothing_and_a_dry_runs_file_is_applied_later() {
    TestData.Participant fresh = TestData.participant(unique("Later "));
    String number = unique("LATER-");
    String failing = HEADER + "\n" + fresh.eAddress() + "," + number + ",,\n,x,,\n";

    JsonObject refused = importAndWait(EDITOR, "?dryRun=false", failing);
    assertThat(refused.getBoolean("applied")).isFalse();
    assertThat(total(EDITOR, number)).isZero();

    JsonObject dry =
        importAndWait(EDITOR, "", HEADER + "\n" + fresh.eAddress() + "," + number + ",,\n");
    ApiClient.Answer applying =
        Expect.ok(EDITOR.post("customers/imports/" + dry.getString("id") + "/apply", null), 202);
    JsonObject applied = waitFor(EDITOR, applying.json().getString("id"));
    assertThat(applied.getBoolean("dryRun")).isFalse();
    assertThat(applied.getBoolean("applied")).isTrue();
    assertThat(total(EDITOR, number)).isEqualTo(1);
    Expect.problem(
        EDITOR.post("customers/imports/" + dry.getString("id") + "/apply", null),
        404,
        "IMPORT_NOT_FOUND");
  }

  @Test
  void another_tenant_and_an_unknown_id_find_no_import() {
    TestData.Participant fresh = TestData.participant(unique("Isolated "));
    JsonObject done =
        importAndWait(EDITOR, "", HEADER + "\n" + fresh.eAddress() + "," + unique("I-") + ",,\n");

    Expect.problem(
        OTHER_EDITOR.get("customers/imports/" + done.getString("id")), 404, "IMPORT_NOT_FOUND");
    Expect.problem(
        OTHER_EDITOR.get("customers/imports/" + done.getString("id") + "/rows"),
        404,
        "IMPORT_NOT_FOUND");
    Expect.problem(EDITOR.get("customers/imports/no-such-import"), 404, "IMPORT_NOT_FOUND");
    assertThat(
            Expect.ok(VIEWER.get("customers/imports/" + done.getString("id")), 200)
                .json()
                .getString("actor"))
        .isEqualTo("demo-editor");
    Expect.problem(ADMIN.get("customers/imports/" + done.getString("id")), 403, "FORBIDDEN");
  }
}
