package it.rest;

import static it.rest.TestData.EDITOR;
import static it.rest.TestData.unique;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * The flow of the seed article ("Managing your customer directory") through HTTP, as one script:
 * add a customer with two numbers, search, change the numbers, choose the other provider,
 * deactivate and see routing stop, activate and route, delete and see NO_MATCH, add back and resend
 * the stopped document.
 */
@MicroShedTest
class SeedArticleFlowIT {

  private static List<String> ids(JsonObject page) {
    return page.getJsonArray("items").stream().map(i -> i.asJsonObject().getString("id")).toList();
  }

  private static JsonObject route(String documentId, String customerNumber) {
    JsonObject answer =
        Expect.ok(
                EDITOR.post(
                    "documents",
                    Json.createObjectBuilder()
                        .add(
                            "documents",
                            Json.createArrayBuilder()
                                .add(TestData.documentFor(documentId, customerNumber)))
                        .build()),
                200)
            .json();
    return answer.getJsonArray("results").getJsonObject(0);
  }

  private static ApiClient.Answer change(String method, String path, JsonObject body, String etag) {
    return Expect.ok(EDITOR.withIfMatch(method, "customers/" + path, body, etag), 200);
  }

  @Test
  void the_seed_articles_customer_directory_flow() {
    String token = unique("");
    String firstProvider = TestData.provider("Seed Operator " + token + " A");
    String otherProvider = TestData.provider("Seed Operator " + token + " B");
    TestData.Participant participant =
        TestData.participant("Seed " + token + " PARTNERS AB", firstProvider, otherProvider);
    String number1 = unique("SEED-A-");
    String number2 = unique("SEED-B-");

    // Add customer: search the registry, pick the participant, two numbers, the default provider.
    JsonObject found =
        Expect.ok(EDITOR.get("registry/participants?q=" + participant.organizationNumber()), 200)
            .json();
    assertThat(ids(found)).containsExactly(participant.id());
    ApiClient.Answer added =
        Expect.ok(
            EDITOR.post(
                "customers",
                Json.createObjectBuilder()
                    .add("participantId", participant.id())
                    .add("customerNumbers", number1 + ", " + number2)
                    .build()),
            201);
    String id = added.json().getString("id");
    assertThat(added.json().getJsonArray("customerNumbers").getValuesAs(JsonString.class))
        .extracting(JsonString::getString)
        .containsExactly(number1, number2);
    assertThat(added.json().getJsonObject("serviceProvider").getString("id"))
        .isEqualTo(firstProvider);

    // Search *part* with and without "Match case".
    assertThat(ids(EDITOR.get("customers?q=*part*&size=500").json())).doesNotContain(id);
    assertThat(ids(EDITOR.get("customers?q=*PART*&size=500").json())).contains(id);
    assertThat(ids(EDITOR.get("customers?q=*part*&caseSensitive=false&size=500").json()))
        .contains(id);

    // Search by VAT number and by GLN.
    assertThat(ids(EDITOR.get("customers?q=" + participant.vatNumber()).json()))
        .containsExactly(id);
    assertThat(ids(EDITOR.get("customers?q=" + participant.gln()).json())).containsExactly(id);

    // Edit customer number.
    String number3 = unique("SEED-C-");
    ApiClient.Answer renumbered =
        change(
            "PUT",
            id + "/customer-numbers",
            Json.createObjectBuilder()
                .add("customerNumbers", Json.createArrayBuilder().add(number1).add(number3))
                .build(),
            EDITOR.get("customers/" + id).etag());
    assertThat(renumbered.json().getJsonArray("customerNumbers").getValuesAs(JsonString.class))
        .extracting(JsonString::getString)
        .containsExactly(number1, number3);

    // Select service provider: the other one.
    ApiClient.Answer otherChosen =
        change(
            "PUT",
            id + "/service-provider",
            Json.createObjectBuilder().add("serviceProviderId", otherProvider).build(),
            renumbered.etag());
    assertThat(otherChosen.json().getJsonObject("serviceProvider").getString("id"))
        .isEqualTo(otherProvider);

    // Deactivate: routing stops with CUSTOMER_INACTIVE.
    ApiClient.Answer deactivated = change("POST", id + "/deactivate", null, otherChosen.etag());
    assertThat(deactivated.json().getString("state")).isEqualTo("INACTIVE");
    String inactiveDocument = unique("SEED-INV-1-");
    JsonObject stopped = route(inactiveDocument, number1);
    assertThat(stopped.getString("outcome")).isEqualTo("STOPPED");
    assertThat(stopped.getString("reason")).isEqualTo("CUSTOMER_INACTIVE");

    // Activate: routing goes through the chosen provider.
    ApiClient.Answer activated = change("POST", id + "/activate", null, deactivated.etag());
    assertThat(activated.json().getString("state")).isEqualTo("ACTIVE");
    JsonObject routed = route(unique("SEED-INV-2-"), number3);
    assertThat(routed.getString("outcome")).isEqualTo("ROUTED");
    assertThat(routed.getJsonObject("recipient").getString("eAddress"))
        .isEqualTo(participant.eAddress());
    assertThat(routed.getJsonObject("serviceProvider").getString("id")).isEqualTo(otherProvider);

    // Delete: routing finds nothing, with exactly the article's message.
    assertThat(EDITOR.withIfMatch("DELETE", "customers/" + id, null, activated.etag()).status())
        .isEqualTo(204);
    String lostDocument = unique("SEED-INV-3-");
    JsonObject noMatch = route(lostDocument, number1);
    assertThat(noMatch.getString("reason")).isEqualTo("NO_MATCH");
    assertThat(noMatch.getString("message"))
        .isEqualTo(
            "Recipient of document "
                + lostDocument
                + " did not match any recipient in the public customer registry or in your"
                + " customer directory. Verify that the recipient is added to your customer"
                + " directory");

    // Add back (the numbers were freed) and resend the stopped document.
    JsonObject back =
        Expect.ok(
                EDITOR.post(
                    "customers",
                    Json.createObjectBuilder()
                        .add("participantId", participant.id())
                        .add("customerNumbers", Json.createArrayBuilder().add(number1))
                        .build()),
                201)
            .json();
    JsonObject resent =
        Expect.ok(EDITOR.post("documents/" + lostDocument + "/resend", null), 200).json();
    assertThat(resent.getString("outcome")).isEqualTo("ROUTED");
    assertThat(resent.getString("customerId")).isEqualTo(back.getString("id"));
    // The document stopped while the customer was inactive is offered and resent too.
    JsonObject rest =
        Expect.ok(
                EDITOR.post(
                    "documents/resend",
                    Json.createObjectBuilder().add("customerId", back.getString("id")).build()),
                200)
            .json();
    assertThat(
            rest.getJsonArray("results").stream()
                .map(r -> r.asJsonObject().getString("documentId")))
        .contains(inactiveDocument);

    // leave the directory as it was
    assertThat(
            EDITOR
                .withIfMatch(
                    "DELETE",
                    "customers/" + back.getString("id"),
                    null,
                    EDITOR.get("customers/" + back.getString("id")).etag())
                .status())
        .isEqualTo(204);
  }
}
