package it.rest;

import static it.rest.TestData.ADMIN;
import static it.rest.TestData.EDITOR;
import static it.rest.TestData.VIEWER;
import static it.rest.TestData.unique;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** {@code /registry}: participants and service providers, read by all, changed by admins. */
@MicroShedTest
class RegistryIT {

  @Test
  void a_registered_participant_is_found_and_read_by_every_user() {
    String token = unique("reg");
    TestData.Participant participant = TestData.participant("Registry " + token + " AB");

    assertThat(participant.json().getString("status")).isEqualTo("ACTIVE");
    assertThat(participant.json().getString("country")).isEqualTo("SE");
    assertThat(participant.json().getString("eAddress")).isEqualTo(participant.eAddress());
    assertThat(participant.json().getJsonArray("identifiers")).hasSize(3);
    assertThat(
            participant
                .json()
                .getJsonArray("serviceProviders")
                .getJsonObject(0)
                .getBoolean("default"))
        .isTrue();

    JsonObject found = Expect.ok(VIEWER.get("registry/participants?q=*" + token + "*"), 200).json();
    assertThat(found.getInt("total")).isEqualTo(1);
    assertThat(found.getJsonArray("items").getJsonObject(0).getString("id"))
        .isEqualTo(participant.id());
    assertThat(
            VIEWER
                .get("registry/participants?q=*" + token.toLowerCase() + "*")
                .json()
                .getInt("total"))
        .isZero();
    assertThat(
            VIEWER
                .get("registry/participants?q=*" + token.toLowerCase() + "*&caseSensitive=false")
                .json()
                .getInt("total"))
        .isEqualTo(1);
    assertThat(VIEWER.get("registry/participants?q=" + participant.gln()).json().getInt("total"))
        .isEqualTo(1);
    assertThat(
            ADMIN.get("registry/participants?q=" + participant.vatNumber()).json().getInt("total"))
        .isEqualTo(1);

    JsonObject read =
        Expect.ok(EDITOR.get("registry/participants/" + participant.id()), 200).json();
    assertThat(read.getString("name")).isEqualTo(participant.name());
    Expect.problem(VIEWER.get("registry/participants/no-such-one"), 404, "PARTICIPANT_NOT_FOUND");
    Expect.problem(VIEWER.get("registry/participants?caseSensitive=x"), 422, "INVALID_PARAMETER");
  }

  @Test
  void a_lone_wildcard_lists_every_participant_and_a_short_contains_search_is_run() {
    TestData.Participant participant = TestData.participant(unique("Short "));
    long all = VIEWER.get("registry/participants").json().getJsonNumber("total").longValue();

    JsonObject star = Expect.ok(VIEWER.get("registry/participants?q=*&size=2"), 200).json();
    assertThat(star.getJsonNumber("total").longValue()).isEqualTo(all);
    assertThat(star.getJsonArray("items")).hasSize(2);
    JsonObject second =
        Expect.ok(VIEWER.get("registry/participants?q=*&size=2&page=1"), 200).json();
    assertThat(second.getJsonArray("items").getJsonObject(0).getString("id"))
        .isNotEqualTo(star.getJsonArray("items").getJsonObject(1).getString("id"));
    String two = participant.name().substring(participant.name().length() - 2);
    JsonObject shortOne =
        Expect.ok(VIEWER.get("registry/participants?q=*" + two + "*&size=500"), 200).json();
    assertThat(shortOne.getJsonArray("items").stream().map(p -> p.asJsonObject().getString("id")))
        .contains(participant.id());
  }

  @Test
  void registering_answers_201_with_location_and_bad_identifiers_422_one_error_each() {
    TestData.Participant participant = TestData.participant(unique("Located "));
    ApiClient.Answer again =
        ADMIN.post(
            "registry/participants",
            Json.createObjectBuilder()
                .add("name", unique("Bad Ids "))
                .add("country", "SE")
                .add("eAddress", "0007:5560360794")
                .add(
                    "identifiers",
                    Json.createArrayBuilder()
                        .add(TestData.scheme("GLN", "7350012345670"))
                        .add(TestData.scheme("IBAN", "SE00 0000 0000 0000 0000 0000"))
                        .add(TestData.scheme("FAX", "123")))
                .add(
                    "serviceProviders",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add(
                                    "id",
                                    participant
                                        .json()
                                        .getJsonArray("serviceProviders")
                                        .getJsonObject(0)
                                        .getString("id"))))
                .build());
    JsonObject problem = Expect.problem(again, 422, "INVALID_IDENTIFIER");
    assertThat(again.errorFields()).contains("identifiers[2].scheme");

    ApiClient.Answer badIdentifiers =
        ADMIN.post(
            "registry/participants",
            Json.createObjectBuilder()
                .add("name", unique("Bad Ids "))
                .add("country", "SE")
                .add("eAddress", "0007:5560360794")
                .add(
                    "identifiers",
                    Json.createArrayBuilder()
                        .add(TestData.scheme("GLN", "7350012345670"))
                        .add(TestData.scheme("IBAN", "SE00 0000 0000 0000 0000 0000")))
                .add("serviceProviders", Json.createArrayBuilder())
                .build());
    problem = Expect.problem(badIdentifiers, 422, "INVALID_IDENTIFIER");
    assertThat(problem.getJsonArray("errors").size()).isGreaterThanOrEqualTo(3);
    assertThat(badIdentifiers.errorFields()).contains("eAddress", "gln", "iban");

    Expect.problem(
        ADMIN.post("registry/participants", Json.createObjectBuilder().build()),
        422,
        "INVALID_IDENTIFIER");
  }

  @Test
  void updating_deactivating_and_activating_a_participant() {
    String first = TestData.provider(unique("Keep "));
    String second = TestData.provider(unique("Add "));
    TestData.Participant participant = TestData.participant(unique("Changing "), first);
    String renamed = unique("Renamed ");

    JsonObject updated =
        Expect.ok(
                ADMIN.put(
                    "registry/participants/" + participant.id(),
                    Json.createObjectBuilder()
                        .add("name", renamed)
                        .add("country", "SE")
                        .add("eAddress", participant.eAddress())
                        .add(
                            "identifiers",
                            Json.createArrayBuilder()
                                .add(TestData.scheme("GLN", participant.gln())))
                        .add(
                            "serviceProviders",
                            Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("id", first))
                                .add(
                                    Json.createObjectBuilder()
                                        .add("id", second)
                                        .add("default", true)))
                        .build()),
                200)
            .json();
    assertThat(updated.getString("name")).isEqualTo(renamed);
    assertThat(updated.getJsonArray("serviceProviders")).hasSize(2);
    assertThat(updated.getJsonArray("serviceProviders").getJsonObject(1).getBoolean("default"))
        .isTrue();

    JsonObject deactivated =
        Expect.ok(
                ADMIN.post("registry/participants/" + participant.id() + "/deactivate", null), 200)
            .json();
    assertThat(deactivated.getString("status")).isEqualTo("DEACTIVATED");
    JsonObject activated =
        Expect.ok(ADMIN.post("registry/participants/" + participant.id() + "/activate", null), 200)
            .json();
    assertThat(activated.getString("status")).isEqualTo("ACTIVE");

    Expect.problem(
        ADMIN.post("registry/participants/no-such-one/deactivate", null),
        404,
        "PARTICIPANT_NOT_FOUND");
    Expect.problem(
        ADMIN.put("registry/participants/no-such-one", participant.json()),
        404,
        "PARTICIPANT_NOT_FOUND");
  }

  @Test
  void only_network_administrators_change_the_registry() {
    TestData.Participant participant = TestData.participant(unique("Protected "));

    Expect.problem(
        EDITOR.post("registry/participants/" + participant.id() + "/deactivate", null),
        403,
        "FORBIDDEN");
    Expect.problem(
        EDITOR.put("registry/participants/" + participant.id(), participant.json()),
        403,
        "FORBIDDEN");
    Expect.problem(EDITOR.post("registry/participants", participant.json()), 403, "FORBIDDEN");
    Expect.problem(
        VIEWER.post(
            "registry/service-providers", Json.createObjectBuilder().add("name", "x").build()),
        403,
        "FORBIDDEN");
    assertThat(VIEWER.get("registry/participants/" + participant.id()).json().getString("status"))
        .isEqualTo("ACTIVE");
  }

  @Test
  void service_providers_are_listed_for_everyone_and_added_by_administrators() {
    String name = unique("Listed Provider ");
    ApiClient.Answer created =
        Expect.ok(
            ADMIN.post(
                "registry/service-providers", Json.createObjectBuilder().add("name", name).build()),
            201);
    assertThat(created.json().getString("name")).isEqualTo(name);

    assertThat(
            Expect.ok(VIEWER.get("registry/service-providers"), 200).array().stream()
                .map(p -> p.asJsonObject().getString("name")))
        .contains(name);
    Expect.problem(
        ADMIN.post(
            "registry/service-providers", Json.createObjectBuilder().add("name", " ").build()),
        422,
        "INVALID_SERVICE_PROVIDER");
  }
}
