package it.security;

import static it.security.KeyCalls.ADMIN;
import static it.security.KeyCalls.call;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** A customer of the demo tenant made for one test through the API, and its numbers as stored. */
final class Directory {

  private Directory() {}

  /** A new participant of the registry, added to the demo tenant's directory with the numbers. */
  static String newCustomer(String numbers) {
    String organizationNumber = swedishOrganizationNumber();
    JsonObject participant =
        call(
                "POST",
                "registry/participants",
                ADMIN,
                Json.createObjectBuilder()
                    .add("name", KeyCalls.unique("Limits "))
                    .add("country", "SE")
                    .add("eAddress", "0007:" + organizationNumber)
                    .add(
                        "identifiers",
                        Json.createArrayBuilder()
                            .add(
                                Json.createObjectBuilder()
                                    .add("scheme", "ORGANIZATION_NUMBER")
                                    .add("value", organizationNumber)))
                    .add(
                        "serviceProviders",
                        Json.createArrayBuilder()
                            .add(
                                Json.createObjectBuilder()
                                    .add("id", anyServiceProvider())
                                    .add("default", true)))
                    .build())
            .ok(201)
            .json();
    return call(
            "POST",
            "customers",
            KeyCalls.EDITOR,
            Json.createObjectBuilder()
                .add("participantId", participant.getString("id"))
                .add("customerNumbers", numbers)
                .build())
        .ok(201)
        .json()
        .getString("id");
  }

  /** The customer's numbers as the API shows them to the demo tenant's editor. */
  static List<String> numbers(String customerId) {
    return KeyCalls.get("customers/" + customerId, KeyCalls.EDITOR)
        .ok(200)
        .json()
        .getJsonArray("customerNumbers")
        .getValuesAs(JsonString.class)
        .stream()
        .map(JsonString::getString)
        .toList();
  }

  private static String anyServiceProvider() {
    JsonValue answer = KeyCalls.get("registry/service-providers", ADMIN).ok(200).value();
    JsonArray providers =
        answer.getValueType() == JsonValue.ValueType.ARRAY
            ? answer.asJsonArray()
            : answer.asJsonObject().getJsonArray("items");
    return providers.getJsonObject(0).getString("id");
  }

  /** A valid Swedish organization number (Luhn check digit) no test used before, most likely. */
  private static String swedishOrganizationNumber() {
    StringBuilder digits = new StringBuilder("55");
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int i = 0; i < 7; i++) {
      digits.append(random.nextInt(10));
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      int d = (digits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += d > 9 ? d - 9 : d;
    }
    return digits.append((10 - sum % 10) % 10).toString();
  }
}
