package it.rest;

import static it.rest.TestData.ADMIN;
import static it.rest.TestData.EDITOR;
import static it.rest.TestData.OTHER_EDITOR;
import static it.rest.TestData.VIEWER;
import static it.rest.TestData.unique;
import static org.assertj.core.api.Assertions.assertThat;

import it.DirectoryCareFixture;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Keeping the directory right through the API: the state filters (non existing, needs attention),
 * sorting and the language of names, re-linking a customer, alerts of registry changes and the
 * warnings of a deprecated E-address scheme; each with a viewer's 403 and another tenant's 404.
 */
@MicroShedTest
class DirectoryCareIT {

  static String q(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  static List<String> names(JsonObject page) {
    return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(item -> item.getString("name"))
        .toList();
  }

  private static List<String> strings(JsonObject json, String field) {
    return json.getJsonArray(field).getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  static JsonObject list(ApiClient client, String query, String... headers) {
    return Expect.ok(client.send("GET", "customers?" + query, null, headers), 200).json();
  }

  /** The participant as the registry has it, with other providers (the first the default). */
  static JsonObject withProviders(TestData.Participant participant, String... providers) {
    JsonObject data = participant.json();
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (int i = 0; i < providers.length; i++) {
      list.add(Json.createObjectBuilder().add("id", providers[i]).add("default", i == 0));
    }
    return Json.createObjectBuilder(data).add("serviceProviders", list).build();
  }

  /**
   * A customer of demo-editor's that needs attention: it chose its participant's second provider,
   * which the participant then no longer offers (it keeps the first).
   */
  static JsonObject customerWithDroppedProvider(String name, String first, String second) {
    TestData.Participant dropped = TestData.participant(name, first, second);
    JsonObject customer = TestData.customer(EDITOR, dropped, unique("D-"));
    TestData.changeCustomer(
        EDITOR,
        "PUT",
        customer,
        "service-provider",
        Json.createObjectBuilder().add("serviceProviderId", second).build());
    Expect.ok(
        ADMIN.put("registry/participants/" + dropped.id(), withProviders(dropped, first)), 200);
    return customer;
  }

  static void deactivate(TestData.Participant participant) {
    Expect.ok(ADMIN.post("registry/participants/" + participant.id() + "/deactivate", null), 200);
  }

  private static String relinkPath(JsonObject customer) {
    return "customers/" + customer.getString("id") + "/participant";
  }

  private static JsonObject to(TestData.Participant participant) {
    return Json.createObjectBuilder().add("participantId", participant.id()).build();
  }

  private static Optional<JsonObject> alertOf(ApiClient client, String status, String customerId) {
    return Expect.ok(client.get("alerts?size=500&status=" + status), 200)
        .json()
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(a -> a.getString("customerId").equals(customerId))
        .findFirst();
  }

  @Test
  void non_existing_and_needs_attention_filter_the_directory() {
    String prefix = unique("Care") + " ";
    String first = TestData.provider(unique("First "));
    String second = TestData.provider(unique("Second "));
    DirectoryCareFixture.attention(TestData.CARE, prefix, first, unique("C"));
    customerWithDroppedProvider(prefix + "Dropped", first, second);

    String search = "q=" + q(prefix + "*");
    assertThat(names(list(VIEWER, search + "&state=NON_EXISTING")))
        .containsExactly(prefix + "Gone");
    JsonObject attention = list(VIEWER, search + "&state=NEEDS_ATTENTION");
    assertThat(names(attention)).containsExactly(prefix + "Dropped", prefix + "Gone");
    assertThat(attention.getJsonNumber("total").longValue()).isEqualTo(2);
    assertThat(names(list(VIEWER, search + "&state=ACTIVE")))
        .containsExactly(prefix + "Dropped", prefix + "Fine", prefix + "Gone");
    assertThat(names(list(OTHER_EDITOR, search + "&state=NEEDS_ATTENTION"))).isEmpty();
    Expect.problem(VIEWER.get("customers?state=SOMETIMES"), 422, "INVALID_PARAMETER");
  }

  @Test
  void names_are_ordered_in_the_callers_language_and_columns_sort_either_way() {
    String prefix = unique("Sort") + " ";
    String provider = TestData.provider(unique("Provider "));
    List<String> swedish =
        List.of(
            "alfa",
            "Beta",
            "Stra\u00dfe",
            "Strazza",
            "Zeta",
            "\u00c5by",
            "\u00c4rla",
            "\u00d6stra");
    List<String> english =
        List.of(
            "\u00c5by",
            "alfa",
            "\u00c4rla",
            "Beta",
            "\u00d6stra",
            "Stra\u00dfe",
            "Strazza",
            "Zeta");
    for (String name :
        List.of(
            "\u00d6stra",
            "Zeta",
            "\u00c5by",
            "Stra\u00dfe",
            "alfa",
            "Beta",
            "\u00c4rla",
            "Strazza")) {
      TestData.customer(EDITOR, TestData.participant(prefix + name, provider), unique("S-"));
    }
    String search = "q=" + q(prefix + "*");

    assertThat(names(list(VIEWER, search, "Accept-Language", "sv-SE,sv;q=0.9,en;q=0.5")))
        .isEqualTo(swedish.stream().map(prefix::concat).toList());
    assertThat(names(list(VIEWER, search + "&sort=-name", "Accept-Language", "sv")))
        .isEqualTo(
            java.util.stream.IntStream.range(0, swedish.size())
                .mapToObj(i -> prefix + swedish.get(swedish.size() - 1 - i))
                .toList());
    assertThat(names(list(VIEWER, search)))
        .isEqualTo(english.stream().map(prefix::concat).toList());
    Expect.problem(VIEWER.get("customers?sort=colour"), 422, "INVALID_PARAMETER");
  }

  @Test
  void the_state_and_the_last_change_sort_the_list() {
    String prefix = unique("Order") + " ";
    String provider = TestData.provider(unique("Provider "));
    JsonObject alfa =
        TestData.customer(EDITOR, TestData.participant(prefix + "Alfa", provider), unique("A-"));
    TestData.customer(EDITOR, TestData.participant(prefix + "Beta", provider), unique("B-"));
    TestData.customer(EDITOR, TestData.participant(prefix + "Gamma", provider), unique("C-"));
    TestData.changeCustomer(EDITOR, "POST", alfa, "deactivate", null);
    String search = "q=" + q(prefix + "*");

    assertThat(names(list(VIEWER, search + "&sort=state")))
        .containsExactly(prefix + "Beta", prefix + "Gamma", prefix + "Alfa");
    assertThat(names(list(VIEWER, search + "&sort=-state")))
        .containsExactly(prefix + "Alfa", prefix + "Beta", prefix + "Gamma");
    assertThat(names(list(VIEWER, search + "&sort=-updatedAt")).get(0)).isEqualTo(prefix + "Alfa");
    assertThat(names(list(VIEWER, search + "&sort=updatedAt")))
        .containsExactly(prefix + "Beta", prefix + "Gamma", prefix + "Alfa");
  }

  @Test
  void relinking_moves_the_customer_keeping_numbers_state_and_history_audited() {
    TestData.Participant old = TestData.participant(unique("Old Address "));
    TestData.Participant moved = TestData.participant(unique("New Address "));
    String number = unique("R-");
    JsonObject customer = TestData.customer(EDITOR, old, number);
    String etag = EDITOR.get("customers/" + customer.getString("id")).etag();

    Expect.problem(EDITOR.put(relinkPath(customer), to(moved)), 428, "PRECONDITION_REQUIRED");
    ApiClient.Answer relinked =
        Expect.ok(EDITOR.withIfMatch("PUT", relinkPath(customer), to(moved), etag), 200);

    JsonObject now = relinked.json();
    assertThat(now.getString("id")).isEqualTo(customer.getString("id"));
    assertThat(now.getString("participantId")).isEqualTo(moved.id());
    assertThat(now.getString("name")).isEqualTo(moved.name());
    assertThat(now.getString("eAddress")).isEqualTo(moved.eAddress());
    assertThat(strings(now, "customerNumbers")).containsExactly(number);
    assertThat(now.getString("state")).isEqualTo("ACTIVE");
    assertThat(relinked.etag()).isNotEqualTo(etag);
    JsonObject last =
        Expect.ok(VIEWER.get("customers/" + customer.getString("id") + "/history"), 200)
            .array()
            .getJsonObject(0);
    assertThat(last.getString("action")).isEqualTo("RELINKED");
    assertThat(last.getString("actor")).isEqualTo("demo-editor");
    assertThat(last.getJsonObject("before").getString("participantId")).isEqualTo(old.id());
    assertThat(last.getJsonObject("after").getString("participantId")).isEqualTo(moved.id());
    Expect.problem(
        EDITOR.withIfMatch("PUT", relinkPath(customer), to(old), etag), 412, "CONCURRENT_CHANGE");

    JsonObject back =
        Expect.ok(
                EDITOR.withIfMatch(
                    "PUT",
                    relinkPath(customer),
                    Json.createObjectBuilder().add("eAddress", old.eAddress()).build(),
                    relinked.etag()),
                200)
            .json();
    assertThat(back.getString("participantId")).isEqualTo(old.id());
  }

  @Test
  void relinking_to_a_participant_already_a_customer_answers_409_and_changes_nothing() {
    TestData.Participant mine = TestData.participant(unique("Mine "));
    TestData.Participant taken = TestData.participant(unique("Taken "));
    JsonObject customer = TestData.customer(EDITOR, mine, unique("M-"));
    JsonObject holder = TestData.customer(EDITOR, taken, unique("T-"));
    String etag = EDITOR.get("customers/" + customer.getString("id")).etag();

    JsonObject problem =
        Expect.problem(
            EDITOR.withIfMatch("PUT", relinkPath(customer), to(taken), etag),
            409,
            "CUSTOMER_EXISTS");

    assertThat(problem.getString("customerId")).isEqualTo(holder.getString("id"));
    assertThat(
            EDITOR.get("customers/" + customer.getString("id")).json().getString("participantId"))
        .isEqualTo(mine.id());
    Expect.problem(
        EDITOR.withIfMatch("PUT", relinkPath(customer), Json.createObjectBuilder().build(), etag),
        422,
        "INVALID_CUSTOMER");
    Expect.problem(
        EDITOR.withIfMatch(
            "PUT",
            relinkPath(customer),
            Json.createObjectBuilder().add("participantId", "no-such-participant").build(),
            etag),
        404,
        "PARTICIPANT_NOT_FOUND");
  }

  @Test
  void a_viewer_may_not_relink_and_another_tenants_customer_is_not_found() {
    JsonObject customer =
        TestData.customer(EDITOR, TestData.participant(unique("Guarded ")), unique("G-"));
    TestData.Participant moved = TestData.participant(unique("Elsewhere "));
    String etag = EDITOR.get("customers/" + customer.getString("id")).etag();

    Expect.problem(
        VIEWER.withIfMatch("PUT", relinkPath(customer), to(moved), etag), 403, "FORBIDDEN");
    Expect.problem(
        OTHER_EDITOR.withIfMatch("PUT", relinkPath(customer), to(moved), etag),
        404,
        "CUSTOMER_NOT_FOUND");
    assertThat(EDITOR.get("customers/" + customer.getString("id")).etag()).isEqualTo(etag);
  }

  @Test
  void a_deactivated_participant_alerts_the_tenants_holding_it_and_editors_dismiss_it() {
    TestData.Participant participant = TestData.participant(unique("Alerted "));
    JsonObject customer = TestData.customer(EDITOR, participant, unique("AL-"));
    String customerId = customer.getString("id");

    deactivate(participant);

    JsonObject alert = alertOf(VIEWER, "OPEN", customerId).orElseThrow();
    assertThat(alert.getString("kind")).isEqualTo("PARTICIPANT_DEACTIVATED");
    assertThat(alert.getString("customerName")).isEqualTo(participant.name());
    assertThat(alert.getString("detail"))
        .isEqualTo(participant.name() + " was deactivated in the network: documents to it stop");
    assertThat(alert.getString("status")).isEqualTo("OPEN");
    assertThat(alert.getString("at")).isNotBlank();
    String id = alert.getString("id");
    assertThat(alertOf(OTHER_EDITOR, "OPEN", customerId)).isEmpty();

    Expect.problem(VIEWER.post("alerts/" + id + "/dismiss", null), 403, "FORBIDDEN");
    Expect.problem(OTHER_EDITOR.post("alerts/" + id + "/dismiss", null), 404, "ALERT_NOT_FOUND");
    JsonObject dismissed = Expect.ok(EDITOR.post("alerts/" + id + "/dismiss", null), 200).json();

    assertThat(dismissed.getString("status")).isEqualTo("DISMISSED");
    assertThat(alertOf(VIEWER, "OPEN", customerId)).isEmpty();
    assertThat(alertOf(VIEWER, "DISMISSED", customerId)).isPresent();
    Expect.problem(VIEWER.get("alerts?status=LATER"), 422, "INVALID_PARAMETER");
  }

  @Test
  void a_removed_provider_and_a_new_e_address_alert_and_a_reactivation_too() {
    String first = TestData.provider(unique("First "));
    String second = TestData.provider(unique("Second "));
    TestData.Participant participant = TestData.participant(unique("Changing "), first, second);
    String customerId = TestData.customer(EDITOR, participant, unique("CH-")).getString("id");

    String orgNo = TestData.swedishOrganizationNumber();
    Expect.ok(
        ADMIN.put(
            "registry/participants/" + participant.id(),
            Json.createObjectBuilder(withProviders(participant, first))
                .add("eAddress", "0007:" + orgNo)
                .build()),
        200);
    deactivate(participant);
    Expect.ok(ADMIN.post("registry/participants/" + participant.id() + "/activate", null), 200);

    List<JsonObject> alerts =
        Expect.ok(VIEWER.get("alerts?size=500"), 200)
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(a -> a.getString("customerId").equals(customerId))
            .toList();
    assertThat(alerts)
        .extracting(a -> a.getString("kind"))
        .containsExactlyInAnyOrder(
            "PROVIDER_REMOVED",
            "PARTICIPANT_CHANGED",
            "PARTICIPANT_DEACTIVATED",
            "PARTICIPANT_REACTIVATED");
    assertThat(alerts)
        .extracting(a -> a.getString("detail"))
        .contains(
            "the E-address of "
                + participant.name()
                + " changed from "
                + participant.eAddress()
                + " to 0007:"
                + orgNo);
  }

  @Test
  void a_deprecated_e_address_scheme_is_warned_of_in_the_customer_and_its_summary() {
    DirectoryCareFixture.Customer legacy =
        DirectoryCareFixture.legacyCustomer(
            TestData.CARE,
            unique("Legacy Oy "),
            TestData.provider(unique("Provider ")),
            unique("L-"));
    JsonObject customer = Expect.ok(VIEWER.get("customers/" + legacy.id()), 200).json();

    assertThat(strings(customer, "warnings"))
        .containsExactly(DirectoryCareFixture.LEGACY_WARNING_API);
    JsonObject summary =
        list(VIEWER, "q=" + q(legacy.name())).getJsonArray("items").getJsonObject(0);
    assertThat(strings(summary, "warnings")).isEqualTo(strings(customer, "warnings"));
    JsonObject plain =
        TestData.customer(EDITOR, TestData.participant(unique("Plain ")), unique("P-"));
    assertThat(plain.getJsonArray("warnings")).isEmpty();
  }

  @Test
  void every_answer_with_an_e_address_carries_its_warnings() {
    DirectoryCareFixture.Customer legacy =
        DirectoryCareFixture.legacyCustomer(
            TestData.CARE,
            unique("Legacy Answers Oy "),
            TestData.provider(unique("Provider ")),
            unique("LA-"));
    String warning = DirectoryCareFixture.LEGACY_WARNING_API;

    JsonObject participant =
        Expect.ok(VIEWER.get("registry/participants/" + legacy.participant().id()), 200).json();
    assertThat(strings(participant, "warnings")).containsExactly(warning);
    JsonObject found =
        Expect.ok(VIEWER.get("registry/participants?q=" + q(legacy.name())), 200)
            .json()
            .getJsonArray("items")
            .getJsonObject(0);
    assertThat(strings(found, "warnings")).containsExactly(warning);
    TestData.Participant plain = TestData.participant(unique("Plain Answers "));
    assertThat(
            Expect.ok(VIEWER.get("registry/participants/" + plain.id()), 200)
                .json()
                .getJsonArray("warnings"))
        .isEmpty();

    JsonObject decision =
        Expect.ok(
                EDITOR.post(
                    "routing/test",
                    Json.createObjectBuilder()
                        .add("documentId", unique("T-"))
                        .add("eAddress", legacy.eAddress())
                        .build()),
                200)
            .json();
    assertThat(decision.getString("outcome")).isEqualTo("ROUTED");
    assertThat(strings(decision.getJsonObject("recipient"), "warnings")).containsExactly(warning);

    String documentId = unique("STOP-");
    String sent = DirectoryCareFixture.legacyEAddress();
    JsonObject stopped =
        Expect.ok(
                EDITOR.post(
                    "documents",
                    Json.createObjectBuilder()
                        .add(
                            "documents",
                            Json.createArrayBuilder()
                                .add(
                                    Json.createObjectBuilder()
                                        .add("documentId", documentId)
                                        .add("eAddress", sent)))
                        .build()),
                200)
            .json()
            .getJsonArray("results")
            .getJsonObject(0);
    assertThat(stopped.getString("outcome")).isEqualTo("STOPPED");
    JsonObject kept =
        Expect.ok(VIEWER.get("documents?status=STOPPED&q=" + q(documentId)), 200)
            .json()
            .getJsonArray("items")
            .getJsonObject(0);
    assertThat(kept.getJsonObject("reference").getString("eAddress")).isEqualTo(sent);
    assertThat(strings(kept.getJsonObject("reference"), "warnings")).containsExactly(warning);
  }

  @Test
  void a_new_e_address_and_new_identifiers_in_one_change_raise_one_alert() {
    TestData.Participant participant = TestData.participant(unique("Moving "));
    String customerId = TestData.customer(EDITOR, participant, unique("MV-")).getString("id");
    String orgNo = TestData.swedishOrganizationNumber();

    Expect.ok(
        ADMIN.put(
            "registry/participants/" + participant.id(),
            Json.createObjectBuilder(participant.json())
                .add("eAddress", "0007:" + orgNo)
                .add(
                    "identifiers",
                    Json.createArrayBuilder().add(TestData.scheme("ORGANIZATION_NUMBER", orgNo)))
                .build()),
        200);

    List<JsonObject> alerts =
        Expect.ok(VIEWER.get("alerts?size=500"), 200)
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(a -> a.getString("customerId").equals(customerId))
            .toList();
    assertThat(alerts)
        .singleElement()
        .satisfies(
            alert -> {
              assertThat(alert.getString("kind")).isEqualTo("PARTICIPANT_CHANGED");
              assertThat(alert.getString("detail"))
                  .startsWith(
                      "the E-address of "
                          + participant.name()
                          + " changed from "
                          + participant.eAddress()
                          + " to 0007:"
                          + orgNo
                          + " and its identifiers from [ORGANIZATION_NUMBER "
                          + participant.organizationNumber())
                  .endsWith("] to [ORGANIZATION_NUMBER " + orgNo + "]");
            });
  }
}
