package it.rest;

import static it.rest.DirectoryCareIT.q;
import static it.rest.TestData.EDITOR;
import static it.rest.TestData.OTHER_EDITOR;
import static it.rest.TestData.VIEWER;
import static it.rest.TestData.unique;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * {@code GET /customers/export} takes exactly the parameters of {@code GET /customers}: for every
 * state filter (including non existing and needs attention), every sort and the caller's language
 * the file holds the rows of the search, all of them, in its order; a bad value is refused with the
 * same problem as the search's.
 */
@MicroShedTest
class ExportFiltersIT {

  private static final String ACCEPT = "text/csv, application/problem+json";
  private static final List<String> STATES =
      List.of("", "ACTIVE", "INACTIVE", "NON_EXISTING", "NEEDS_ATTENTION");
  private static final List<String> SORTS =
      List.of("", "name", "-name", "state", "-state", "updatedAt", "-updatedAt");

  private static ApiClient.Answer export(ApiClient client, String query, String language) {
    return client.send(
        "GET", "customers/export?" + query, null, "Accept", ACCEPT, "Accept-Language", language);
  }

  /** The customer ids of an exported CSV file, in its order (the first column; no header). */
  private static List<String> exportedIds(ApiClient client, String query, String language) {
    ApiClient.Answer answer = export(client, query, language);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    assertThat(answer.contentType()).startsWith("text/csv");
    List<String> lines = Arrays.asList(answer.body().split("\r\n"));
    assertThat(lines.get(0)).startsWith("\uFEFFcustomerId,name,");
    return lines.stream().skip(1).map(line -> line.substring(0, line.indexOf(','))).toList();
  }

  /** The customer ids the search lists on one page of up to 500, in its order. */
  private static List<String> listedIds(String query, String language) {
    return DirectoryCareIT.list(VIEWER, query + "&size=500", "Accept-Language", language)
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(item -> item.getString("id"))
        .toList();
  }

  /**
   * Customers of one test under a prefix: names in both cases and with Swedish letters, one
   * inactive, one whose participant is deactivated, one whose chosen provider was removed from its
   * participant; their ids by name.
   */
  private static Map<String, String> aVariedDirectory(String prefix) {
    String first = TestData.provider(unique("First "));
    String second = TestData.provider(unique("Second "));
    Map<String, String> ids = new HashMap<>();
    for (String name : List.of("\u00d6rn", "Zeta", "\u00c5ke", "alfa", "Beta")) {
      ids.put(
          name,
          TestData.customer(EDITOR, TestData.participant(prefix + name, first), unique("X-"))
              .getString("id"));
    }
    TestData.Participant gone = TestData.participant(prefix + "Gone", first);
    ids.put("Gone", TestData.customer(EDITOR, gone, unique("G-")).getString("id"));
    ids.put(
        "Dropped",
        DirectoryCareIT.customerWithDroppedProvider(prefix + "Dropped", first, second)
            .getString("id"));
    JsonObject idle =
        TestData.customer(EDITOR, TestData.participant(prefix + "Idle", first), unique("I-"));
    ids.put("Idle", idle.getString("id"));
    TestData.changeCustomer(EDITOR, "POST", idle, "deactivate", null);
    DirectoryCareIT.deactivate(gone);
    return ids;
  }

  @Test
  void every_state_filter_sort_and_language_exports_the_rows_of_the_search_in_its_order() {
    String prefix = unique("Export") + " ";
    aVariedDirectory(prefix);
    String search = "q=" + q(prefix + "*");

    int rows = 0;
    List<String> compared = new ArrayList<>();
    for (String state : STATES) {
      for (String sort : SORTS) {
        for (String language : List.of("sv-SE,sv;q=0.9", "en")) {
          String query = search + "&state=" + state + "&sort=" + q(sort);
          List<String> listed = listedIds(query, language);
          assertThat(exportedIds(VIEWER, query, language))
              .as("%s in %s", query, language)
              .containsExactlyElementsOf(listed);
          rows += listed.size();
          compared.add(query);
        }
      }
    }
    assertThat(compared).hasSize(70);
    assertThat(rows).isGreaterThan(200);
  }

  @Test
  void the_file_holds_the_filtered_customers_in_the_order_and_language_asked_for() {
    String prefix = unique("Export") + " ";
    Map<String, String> ids = aVariedDirectory(prefix);
    String search = "q=" + q(prefix + "*");

    assertThat(exportedIds(VIEWER, search + "&state=NEEDS_ATTENTION", "en"))
        .containsExactly(ids.get("Dropped"), ids.get("Gone"));
    assertThat(exportedIds(VIEWER, search + "&state=NON_EXISTING", "en"))
        .containsExactly(ids.get("Gone"));
    assertThat(exportedIds(VIEWER, search + "&state=INACTIVE", "en"))
        .containsExactly(ids.get("Idle"));
    assertThat(exportedIds(VIEWER, search + "&state=ACTIVE&sort=-name", "sv"))
        .containsExactly(
            ids.get("\u00d6rn"),
            ids.get("\u00c5ke"),
            ids.get("Zeta"),
            ids.get("Gone"),
            ids.get("Dropped"),
            ids.get("Beta"),
            ids.get("alfa"));
    assertThat(exportedIds(VIEWER, search + "&sort=-state", "en").get(0))
        .isEqualTo(ids.get("Idle"));
    assertThat(exportedIds(OTHER_EDITOR, search + "&state=NEEDS_ATTENTION", "en")).isEmpty();
    ApiClient.Answer xlsx =
        VIEWER.send(
            "GET",
            "customers/export?format=xlsx&state=NEEDS_ATTENTION&sort=-updatedAt&" + search,
            null,
            "Accept",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(xlsx.status()).as(xlsx.toString()).isEqualTo(200);
  }

  @Test
  void a_bad_value_is_refused_with_the_same_problem_as_the_search() {
    String tooLong = "x".repeat(1_001);
    for (String[] bad :
        new String[][] {
          {"state=SOMETIMES", "INVALID_PARAMETER"},
          {"state=DELETED", "INVALID_PARAMETER"},
          {"sort=colour", "INVALID_PARAMETER"},
          {"sort=" + q("-colour"), "INVALID_PARAMETER"},
          {"caseSensitive=maybe", "INVALID_PARAMETER"},
          {"q=" + tooLong, "INPUT_TOO_LONG"}
        }) {
      JsonObject searched =
          Expect.problem(
              VIEWER.send("GET", "customers?" + bad[0], null, "Accept-Language", "sv"),
              422,
              bad[1]);
      JsonObject exported = Expect.problem(export(VIEWER, bad[0], "sv"), 422, bad[1]);
      assertThat(exported.getJsonArray("errors"))
          .as(bad[0])
          .isEqualTo(searched.getJsonArray("errors"));
      assertThat(exported.getString("detail")).as(bad[0]).isEqualTo(searched.getString("detail"));
    }
  }
}
