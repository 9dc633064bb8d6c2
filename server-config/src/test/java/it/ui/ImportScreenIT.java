package it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/**
 * Import customers: upload a file (a dry run by default), follow the progress to the report with
 * totals and the failed rows first and why, apply the dry run's file, leave the page and come back
 * to the import by its address; export buttons on My Customers, whose file holds what the screen
 * lists for its search, state filter and order. Every page is checked with axe.
 */
class ImportScreenIT extends UiFlow {

  private static Path file(String content) {
    try {
      Path file = Files.createTempFile("routebook-import-", ".csv");
      Files.writeString(file, content, StandardCharsets.UTF_8);
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void a_dry_run_reports_its_rows_then_applying_it_saves_them() {
    String token = token();
    Api.Participant participant = Api.registerParticipant("Imported Goods " + token, 1);
    String number = "IMP-" + token;
    Path csv =
        file(
            "eAddress,customerNumbers,serviceProvider,state\n"
                + participant.eAddress()
                + ","
                + number
                + ",,\n"
                + ",NO-REFERENCE-"
                + token
                + ",,\n");

    browser.signIn(EDITOR);
    browser.menu("menuImport");
    assertThat(browser.field("upload:dryRun").isSelected()).isTrue();
    browser.check("60-import");

    browser.field("upload:file").sendKeys(csv.toString());
    browser.click("upload:start");
    browser.waitForText("Done.");

    assertThat(browser.driver().getCurrentUrl()).contains("import.xhtml?id=");
    assertThat(browser.text("totals"))
        .contains("2 of 2 rows checked")
        .contains("1 added")
        .contains("1 failed");
    assertThat(browser.text("follow:rows"))
        .contains("Failed")
        .contains("Give an E-address, organization number or VAT number.")
        .contains("Added");
    assertThat(browser.text("follow:rows").indexOf("Failed"))
        .isLessThan(browser.text("follow:rows").indexOf("Added"));
    assertThat(browser.has("follow:report")).isTrue();
    browser.check("61-import-dry-run");
    String dryRunAddress = browser.driver().getCurrentUrl();

    new Select(browser.field("follow:applyMode")).selectByVisibleText("Save the valid rows");
    browser.click("follow:apply");
    browser.waitForText("The changes are saved.");
    assertThat(browser.driver().getCurrentUrl()).isNotEqualTo(dryRunAddress);
    browser.check("62-import-applied");
    String appliedAddress = browser.driver().getCurrentUrl();

    browser.menu("menuCustomers");
    browser.type("search:query", number);
    browser.click("search:go");
    assertThat(browser.text("customerTable")).contains(participant.name());

    browser.driver().get(appliedAddress);
    browser.waitForPage();
    assertThat(browser.text("importState")).contains("Done.").contains("The changes are saved.");
    assertThat(browser.text("totals")).contains("1 added");
  }

  @Test
  void a_file_that_is_not_one_is_reported_beside_the_upload() {
    Path csv = file("eAddress;customerNumbers\n0007:1;A\n");

    browser.signIn(EDITOR);
    browser.go("import.xhtml");
    browser.field("upload:file").sendKeys(csv.toString());
    browser.click("upload:start");

    assertThat(browser.text()).contains("separated by ;");
    assertThat(browser.driver().getCurrentUrl()).doesNotContain("id=");
    browser.check("63-import-bad-file");
  }

  /** The customer ids of an exported CSV file, in its order (the first column, no header). */
  private static List<String> customerIds(String csv) {
    List<String> lines = Arrays.asList(csv.split("\r\n"));
    assertThat(lines.get(0)).startsWith("\uFEFFcustomerId,name,");
    return lines.stream().skip(1).map(line -> line.substring(0, line.indexOf(','))).toList();
  }

  @Test
  void my_customers_exports_the_customers_its_search_state_filter_and_order_list() {
    String t = token();
    Api.Participant gone = Api.registerParticipant("Export Gone " + t, 1);
    Api.Participant zeta = Api.registerParticipant("Export Zeta " + t, 1);
    Api.Participant alfa = Api.registerParticipant("Export Alfa " + t, 1);
    Api.Participant idle = Api.registerParticipant("Export Idle " + t, 1);
    Api.Participant elsewhere = Api.registerParticipant("Elsewhere " + t, 1);
    String goneId = Api.addCustomer(EDITOR, gone.id(), "EG-" + t);
    String zetaId = Api.addCustomer(EDITOR, zeta.id(), "EZ-" + t);
    String alfaId = Api.addCustomer(EDITOR, alfa.id(), "EA-" + t);
    String idleId = Api.addCustomer(EDITOR, idle.id(), "EI-" + t);
    Api.addCustomer(EDITOR, elsewhere.id(), "EE-" + t);
    Api.deactivateCustomer(EDITOR, idleId);
    Api.deactivateParticipant(gone.id());

    browser.signIn(VIEWER);
    browser.menu("menuCustomers");
    browser.type("search:query", "Export * " + t);
    new Select(browser.field("search:state")).selectByValue("ACTIVE");
    new Select(browser.field("search:sort")).selectByValue("-name");
    browser.click("search:go");
    String table = browser.text("customerTable");
    assertThat(table).doesNotContain(idle.name()).doesNotContain(elsewhere.name());
    assertThat(table.indexOf(zeta.name())).isLessThan(table.indexOf(gone.name()));
    assertThat(table.indexOf(gone.name())).isLessThan(table.indexOf(alfa.name()));

    assertThat(customerIds(browser.download("search:exportCsv", "customers.csv")))
        .containsExactly(zetaId, goneId, alfaId);
    assertThat(browser.text("customerTable")).isEqualTo(table);

    new Select(browser.field("search:state")).selectByValue("NEEDS_ATTENTION");
    browser.click("search:go");
    assertThat(customerIds(browser.download("search:exportCsv", "customers.csv")))
        .containsExactly(goneId);

    new Select(browser.field("search:state")).selectByValue("");
    new Select(browser.field("search:sort")).selectByValue("-state");
    browser.click("search:go");
    assertThat(customerIds(browser.download("search:exportCsv", "customers.csv")))
        .containsExactly(idleId, alfaId, goneId, zetaId);
  }

  @Test
  void my_customers_offers_the_export_and_viewers_see_no_upload() {
    browser.signIn(VIEWER);
    browser.go("customers.xhtml");
    assertThat(browser.has("search:exportCsv")).isTrue();
    assertThat(browser.has("search:exportXlsx")).isTrue();

    browser.go("import.xhtml");
    assertThat(browser.has("upload:file")).isFalse();
  }
}
