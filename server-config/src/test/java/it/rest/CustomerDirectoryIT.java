package it.rest;

import static it.rest.TestData.ADMIN;
import static it.rest.TestData.EDITOR;
import static it.rest.TestData.VIEWER;
import static it.rest.TestData.unique;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** {@code /customers}: every endpoint of the directory with its success and error answers. */
@MicroShedTest
class CustomerDirectoryIT {

  private static JsonObject numbers(JsonValue numbers) {
    return Json.createObjectBuilder().add("customerNumbers", numbers).build();
  }

  private static JsonValue text(String text) {
    return Json.createValue(text);
  }

  private static List<String> strings(JsonObject json, String field) {
    return json.getJsonArray(field).getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  @Test
  void adding_a_participant_answers_201_with_location_etag_and_the_customer() {
    String provider = TestData.provider(unique("Provider "));
    TestData.Participant participant = TestData.participant(unique("Adder "), provider);
    String a = unique("A-");
    String b = unique("B-");

    ApiClient.Answer added =
        Expect.ok(
            EDITOR.post(
                "customers",
                Json.createObjectBuilder()
                    .add("participantId", participant.id())
                    .add("customerNumbers", Json.createArrayBuilder().add(a).add(b))
                    .build()),
            201);

    JsonObject customer = added.json();
    assertThat(added.header("Location"))
        .hasValueSatisfying(
            l -> assertThat(l).endsWith("/api/v1/customers/" + customer.getString("id")));
    assertThat(added.etag()).isEqualTo("\"" + customer.getJsonNumber("version").longValue() + "\"");
    assertThat(customer.getString("name")).isEqualTo(participant.name());
    assertThat(customer.getString("participantId")).isEqualTo(participant.id());
    assertThat(customer.getString("eAddress")).isEqualTo(participant.eAddress());
    assertThat(customer.getString("organizationNumber"))
        .isEqualTo(participant.organizationNumber());
    assertThat(customer.getString("vatNumber")).isEqualTo(participant.vatNumber());
    assertThat(strings(customer, "customerNumbers")).containsExactly(a, b);
    assertThat(customer.getJsonObject("serviceProvider").getString("id")).isEqualTo(provider);
    assertThat(customer.getString("state")).isEqualTo("ACTIVE");
    assertThat(customer.getBoolean("nonExisting")).isFalse();
    assertThat(customer.getBoolean("providerUnavailable")).isFalse();
    assertThat(customer.getJsonArray("identifiers")).isNotEmpty();
    JsonObject option = customer.getJsonArray("serviceProviders").getJsonObject(0);
    assertThat(option.getString("id")).isEqualTo(provider);
    assertThat(option.getBoolean("default")).isTrue();
  }

  @Test
  void a_participant_can_be_added_by_e_address_with_numbers_as_comma_separated_text() {
    TestData.Participant participant = TestData.participant(unique("By Address "));
    String a = unique("A-");
    String b = unique("B-");

    JsonObject customer =
        Expect.ok(
                EDITOR.post(
                    "customers",
                    Json.createObjectBuilder()
                        .add("eAddress", participant.eAddress().toLowerCase())
                        .add("customerNumbers", a + ", " + b)
                        .build()),
                201)
            .json();

    assertThat(customer.getString("participantId")).isEqualTo(participant.id());
    assertThat(strings(customer, "customerNumbers")).containsExactly(a, b);
  }

  @Test
  void adding_a_participant_twice_answers_409_customer_exists_naming_the_existing_customer() {
    TestData.Participant participant = TestData.participant(unique("Twice "));
    JsonObject first = TestData.customer(EDITOR, participant, unique("T-"));

    JsonObject problem =
        Expect.problem(
            EDITOR.post(
                "customers",
                Json.createObjectBuilder()
                    .add("participantId", participant.id())
                    .add("customerNumbers", unique("T-"))
                    .build()),
            409,
            "CUSTOMER_EXISTS");

    assertThat(problem.getString("customerId")).isEqualTo(first.getString("id"));
  }

  @Test
  void a_number_another_customer_holds_answers_409_customer_number_taken() {
    String taken = unique("N-");
    TestData.customer(EDITOR, TestData.participant(unique("Holder ")), taken);

    Expect.problem(
        EDITOR.post(
            "customers",
            Json.createObjectBuilder()
                .add("participantId", TestData.participant(unique("Taker ")).id())
                .add("customerNumbers", Json.createArrayBuilder().add(unique("N-")).add(taken))
                .build()),
        409,
        "CUSTOMER_NUMBER_TAKEN");
  }

  @Test
  void bad_numbers_answer_422_with_one_error_per_offending_item() {
    TestData.Participant participant = TestData.participant(unique("Bad Numbers "));

    JsonObject problem =
        Expect.problem(
            EDITOR.post(
                "customers",
                Json.createObjectBuilder()
                    .add("participantId", participant.id())
                    .add("customerNumbers", "A-1, B 2, A-1")
                    .build()),
            422,
            "INVALID_CUSTOMER_NUMBERS");

    assertThat(problem.getJsonArray("errors")).hasSize(2);
    JsonObject badCharacter = problem.getJsonArray("errors").getJsonObject(0);
    JsonObject duplicate = problem.getJsonArray("errors").getJsonObject(1);
    assertThat(badCharacter.getString("field")).isEqualTo("customerNumbers[1]");
    assertThat(badCharacter.getString("message")).contains("B 2");
    assertThat(duplicate.getString("field")).isEqualTo("customerNumbers[2]");
    assertThat(duplicate.getString("message")).contains("A-1");
    // nothing was saved
    Expect.ok(EDITOR.get("customers?q=" + participant.organizationNumber()), 200);
    assertThat(EDITOR.get("customers?q=" + participant.organizationNumber()).json().getInt("total"))
        .isZero();
  }

  @Test
  void other_bad_additions_answer_422_or_404() {
    TestData.Participant participant = TestData.participant(unique("Bad Adds "));
    Expect.problem(
        EDITOR.post(
            "customers",
            Json.createObjectBuilder()
                .add("participantId", participant.id())
                .add("customerNumbers", Json.createArrayBuilder())
                .build()),
        422,
        "INVALID_CUSTOMER_NUMBERS");
    Expect.problem(
        EDITOR.post(
            "customers",
            Json.createObjectBuilder()
                .add("participantId", participant.id())
                .add("customerNumbers", unique("P-"))
                .add("serviceProviderId", TestData.provider(unique("Foreign ")))
                .build()),
        422,
        "PROVIDER_NOT_REGISTERED");
    Expect.problem(
        EDITOR.post(
            "customers", Json.createObjectBuilder().add("customerNumbers", unique("P-")).build()),
        422,
        "INVALID_CUSTOMER");
    Expect.problem(
        EDITOR.post(
            "customers",
            Json.createObjectBuilder()
                .add("participantId", "no-such-participant")
                .add("customerNumbers", unique("P-"))
                .build()),
        404,
        "PARTICIPANT_NOT_FOUND");
  }

  @Test
  void reading_a_customer_answers_its_etag_and_304_when_it_did_not_change() {
    JsonObject customer =
        TestData.customer(EDITOR, TestData.participant(unique("Reader ")), unique("R-"));
    String id = customer.getString("id");

    ApiClient.Answer read = Expect.ok(VIEWER.get("customers/" + id), 200);

    assertThat(read.etag()).isEqualTo("\"" + customer.getJsonNumber("version").longValue() + "\"");
    assertThat(read.json().getString("id")).isEqualTo(id);
    assertThat(VIEWER.send("GET", "customers/" + id, null, "If-None-Match", read.etag()).status())
        .isEqualTo(304);
    Expect.problem(VIEWER.get("customers/no-such-customer"), 404, "CUSTOMER_NOT_FOUND");
  }

  @Test
  void replacing_numbers_needs_the_etag_read_and_refuses_a_stale_one_changing_nothing() {
    JsonObject customer =
        TestData.customer(EDITOR, TestData.participant(unique("Renumber ")), unique("O-"));
    String path = "customers/" + customer.getString("id") + "/customer-numbers";
    String etag = EDITOR.get("customers/" + customer.getString("id")).etag();
    String fresh = unique("F-");

    Expect.problem(EDITOR.put(path, numbers(text(fresh))), 428, "PRECONDITION_REQUIRED");
    ApiClient.Answer changed =
        Expect.ok(
            EDITOR.withIfMatch("PUT", path, numbers(text(fresh + ", " + fresh + "x")), etag), 200);
    assertThat(strings(changed.json(), "customerNumbers")).containsExactly(fresh, fresh + "x");
    assertThat(changed.etag()).isNotEqualTo(etag);

    Expect.problem(
        EDITOR.withIfMatch("PUT", path, numbers(text(unique("S-"))), etag),
        412,
        "CONCURRENT_CHANGE");
    JsonObject now = EDITOR.get("customers/" + customer.getString("id")).json();
    assertThat(strings(now, "customerNumbers")).containsExactly(fresh, fresh + "x");

    JsonObject problem =
        Expect.problem(
            EDITOR.withIfMatch(
                "PUT",
                path,
                numbers(Json.createArrayBuilder().add("ok-1").add("bad one").build()),
                changed.etag()),
            422,
            "INVALID_CUSTOMER_NUMBERS");
    assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("customerNumbers[1]");
  }

  @Test
  void choosing_the_other_provider_of_the_participant() {
    String first = TestData.provider(unique("First "));
    String second = TestData.provider(unique("Second "));
    JsonObject customer =
        TestData.customer(
            EDITOR, TestData.participant(unique("Two Providers "), first, second), unique("P-"));
    String id = customer.getString("id");
    assertThat(customer.getJsonArray("serviceProviders")).hasSize(2);

    ApiClient.Answer chosen =
        Expect.ok(
            EDITOR.withIfMatch(
                "PUT",
                "customers/" + id + "/service-provider",
                Json.createObjectBuilder().add("serviceProviderId", second).build(),
                EDITOR.get("customers/" + id).etag()),
            200);

    assertThat(chosen.json().getJsonObject("serviceProvider").getString("id")).isEqualTo(second);
    Expect.problem(
        EDITOR.withIfMatch(
            "PUT",
            "customers/" + id + "/service-provider",
            Json.createObjectBuilder()
                .add("serviceProviderId", TestData.provider(unique("Unrelated ")))
                .build(),
            chosen.etag()),
        422,
        "PROVIDER_NOT_REGISTERED");
  }

  @Test
  void deactivate_activate_delete_and_the_history_newest_first() {
    JsonObject customer =
        TestData.customer(EDITOR, TestData.participant(unique("Lifecycle ")), unique("L-"));
    String id = customer.getString("id");

    ApiClient.Answer inactive =
        Expect.ok(
            EDITOR.withIfMatch(
                "POST",
                "customers/" + id + "/deactivate",
                null,
                EDITOR.get("customers/" + id).etag()),
            200);
    assertThat(inactive.json().getString("state")).isEqualTo("INACTIVE");
    Expect.problem(
        EDITOR.post("customers/" + id + "/activate", null), 428, "PRECONDITION_REQUIRED");
    ApiClient.Answer active =
        Expect.ok(
            EDITOR.withIfMatch("POST", "customers/" + id + "/activate", null, inactive.etag()),
            200);
    assertThat(active.json().getString("state")).isEqualTo("ACTIVE");

    Expect.problem(EDITOR.delete("customers/" + id), 428, "PRECONDITION_REQUIRED");
    Expect.problem(
        EDITOR.withIfMatch("DELETE", "customers/" + id, null, inactive.etag()),
        412,
        "CONCURRENT_CHANGE");
    ApiClient.Answer deleted = EDITOR.withIfMatch("DELETE", "customers/" + id, null, active.etag());
    assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
    Expect.problem(EDITOR.get("customers/" + id), 404, "CUSTOMER_NOT_FOUND");

    ApiClient.Answer history = Expect.ok(VIEWER.get("customers/" + id + "/history"), 200);
    List<String> actions =
        history.array().stream().map(e -> e.asJsonObject().getString("action")).toList();
    assertThat(actions).containsExactly("DELETED", "ACTIVATED", "DEACTIVATED", "CREATED");
    JsonObject deletion = history.array().getJsonObject(0);
    assertThat(deletion.getString("actor")).isEqualTo("demo-editor");
    assertThat(deletion.getString("at")).endsWith("Z");
    assertThat(deletion.isNull("after")).isTrue();
    assertThat(deletion.getJsonObject("before").getString("state")).isEqualTo("ACTIVE");
    assertThat(history.array().getJsonObject(3).isNull("before")).isTrue();
    Expect.problem(VIEWER.get("customers/no-such-customer/history"), 404, "CUSTOMER_NOT_FOUND");
  }

  @Test
  void searching_with_wildcards_case_state_and_pages() {
    String token = unique("q");
    TestData.Participant upper = TestData.participant("Aaa " + token.toUpperCase() + " Widgets");
    TestData.Participant lower = TestData.participant("bbb " + token.toLowerCase() + " gadgets");
    String number = unique("S-");
    TestData.customer(EDITOR, upper, number);
    JsonObject second = TestData.customer(EDITOR, lower, unique("S-"));
    EDITOR.withIfMatch(
        "POST",
        "customers/" + second.getString("id") + "/deactivate",
        null,
        EDITOR.get("customers/" + second.getString("id")).etag());

    JsonObject sensitive =
        Expect.ok(VIEWER.get("customers?q=*" + token.toUpperCase() + "*"), 200).json();
    assertThat(sensitive.getInt("total")).isEqualTo(1);
    assertThat(sensitive.getJsonArray("items").getJsonObject(0).getString("name"))
        .isEqualTo(upper.name());

    JsonObject insensitive =
        VIEWER.get("customers?q=*" + token.toUpperCase() + "*&caseSensitive=false").json();
    assertThat(insensitive.getInt("total")).isEqualTo(2);
    assertThat(
            insensitive.getJsonArray("items").stream().map(i -> i.asJsonObject().getString("name")))
        .containsExactly(upper.name(), lower.name());
    assertThat(insensitive.getInt("page")).isZero();
    assertThat(insensitive.getInt("size")).isEqualTo(50);

    JsonObject inactive =
        VIEWER
            .get("customers?q=*" + token.toUpperCase() + "*&caseSensitive=false&state=INACTIVE")
            .json();
    assertThat(inactive.getInt("total")).isEqualTo(1);
    assertThat(inactive.getJsonArray("items").getJsonObject(0).getString("state"))
        .isEqualTo("INACTIVE");

    JsonObject paged =
        VIEWER.get("customers?q=*" + token + "*&caseSensitive=false&page=1&size=1").json();
    assertThat(paged.getInt("total")).isEqualTo(2);
    assertThat(paged.getJsonArray("items")).hasSize(1);
    assertThat(paged.getJsonArray("items").getJsonObject(0).getString("name"))
        .isEqualTo(lower.name());

    assertThat(VIEWER.get("customers?q=" + number).json().getInt("total")).isEqualTo(1);
    assertThat(VIEWER.get("customers?q=" + upper.vatNumber()).json().getInt("total")).isEqualTo(1);
    assertThat(VIEWER.get("customers?q=" + upper.gln()).json().getInt("total")).isEqualTo(1);
    String dashed =
        upper.organizationNumber().substring(0, 6) + "-" + upper.organizationNumber().substring(6);
    assertThat(VIEWER.get("customers?q=" + dashed).json().getInt("total")).isEqualTo(1);
  }

  @Test
  void bad_search_parameters_answer_422_naming_the_parameter() {
    assertThat(
            Expect.problem(
                    VIEWER.get("customers?caseSensitive=maybe&q=a"), 422, "INVALID_PARAMETER")
                .toString())
        .contains("\"caseSensitive\"");
    assertThat(Expect.problem(VIEWER.get("customers?size=501"), 422, "INVALID_PAGE").toString())
        .contains("\"size\"");
    Expect.problem(VIEWER.get("customers?page=-1"), 422, "INVALID_PAGE");
    Expect.problem(VIEWER.get("customers?page=x"), 422, "INVALID_PAGE");
    Expect.problem(VIEWER.get("customers?state=GONE"), 422, "INVALID_PARAMETER");
    Expect.problem(VIEWER.get("customers?caseSensitive=maybe"), 422, "INVALID_PARAMETER");
  }

  @Test
  void a_viewer_reads_but_may_not_change_and_an_administrator_has_no_directory() {
    JsonObject customer =
        TestData.customer(EDITOR, TestData.participant(unique("Guarded ")), unique("G-"));
    String id = customer.getString("id");
    String etag = EDITOR.get("customers/" + id).etag();

    Expect.problem(
        VIEWER.post(
            "customers",
            Json.createObjectBuilder()
                .add("participantId", TestData.participant(unique("Refused ")).id())
                .add("customerNumbers", unique("V-"))
                .build()),
        403,
        "FORBIDDEN");
    Expect.problem(
        VIEWER.withIfMatch(
            "PUT", "customers/" + id + "/customer-numbers", numbers(text(unique("V-"))), etag),
        403,
        "FORBIDDEN");
    Expect.problem(
        VIEWER.withIfMatch("POST", "customers/" + id + "/deactivate", null, etag),
        403,
        "FORBIDDEN");
    Expect.problem(VIEWER.withIfMatch("DELETE", "customers/" + id, null, etag), 403, "FORBIDDEN");
    Expect.problem(ADMIN.get("customers"), 403, "FORBIDDEN");
    assertThat(EDITOR.get("customers/" + id).etag()).isEqualTo(etag);
  }
}
