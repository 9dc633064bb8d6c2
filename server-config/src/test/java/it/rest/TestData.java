package it.rest;

import it.DirectoryCareFixture;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * Data the tests make for themselves, so that they depend neither on each other nor on what an
 * earlier run left: service providers and participants with unique, valid identifiers (created by
 * the network administrator), unique customer numbers and document ids.
 */
final class TestData {

  static final ApiClient ADMIN = ApiClient.as("network-admin");
  static final ApiClient EDITOR = ApiClient.as("demo-editor");
  static final ApiClient VIEWER = ApiClient.as("demo-viewer");
  static final ApiClient OTHER_EDITOR = ApiClient.as("other-editor");

  private static final SecureRandom RANDOM = new SecureRandom();

  private TestData() {}

  /** A unique token of letters and digits, e.g. for customer numbers: {@code A-k3j9x2}. */
  static String unique(String prefix) {
    return prefix + Long.toString(Math.abs(RANDOM.nextLong()), 36).toUpperCase(Locale.ROOT);
  }

  /** A new service provider's id. */
  static String provider(String name) {
    JsonObject created =
        Expect.ok(
                ADMIN.post(
                    "registry/service-providers",
                    Json.createObjectBuilder().add("name", name).build()),
                201)
            .json();
    return created.getString("id");
  }

  /** A valid, unique Swedish organization number (Luhn over all 10 digits). */
  static String swedishOrganizationNumber() {
    StringBuilder digits = new StringBuilder("55");
    for (int i = 0; i < 7; i++) {
      digits.append(RANDOM.nextInt(10));
    }
    return digits.append(luhn(digits.toString())).toString();
  }

  /** A valid, unique GLN (13 digits, GS1 check digit). */
  static String gln() {
    StringBuilder digits = new StringBuilder("73");
    for (int i = 0; i < 10; i++) {
      digits.append(RANDOM.nextInt(10));
    }
    return digits.append(gs1(digits.toString())).toString();
  }

  /** The shared fixture's calls, made by the network administrator and demo-editor. */
  static final DirectoryCareFixture.Calls CARE =
      new DirectoryCareFixture.Calls() {
        @Override
        public DirectoryCareFixture.Participant swedishParticipant(
            String name, String... providerIds) {
          Participant p = participant(name, providerIds);
          return new DirectoryCareFixture.Participant(p.id(), p.name(), p.eAddress());
        }

        @Override
        public String register(JsonObject body) {
          return Expect.ok(ADMIN.post("registry/participants", body), 201).json().getString("id");
        }

        @Override
        public void deactivate(String participantId) {
          Expect.ok(
              ADMIN.post("registry/participants/" + participantId + "/deactivate", null), 200);
        }

        @Override
        public String addCustomer(String participantId, String customerNumber) {
          return Expect.ok(
                  EDITOR.post(
                      "customers",
                      Json.createObjectBuilder()
                          .add("participantId", participantId)
                          .add("customerNumbers", customerNumber)
                          .build()),
                  201)
              .json()
              .getString("id");
        }
      };

  /** A participant registered by the network administrator: a Swedish company. */
  static Participant participant(String name, String... providerIds) {
    String orgNo = swedishOrganizationNumber();
    String gln = gln();
    JsonArrayBuilder providers = Json.createArrayBuilder();
    for (int i = 0; i < providerIds.length; i++) {
      providers.add(Json.createObjectBuilder().add("id", providerIds[i]).add("default", i == 0));
    }
    JsonObject body =
        Json.createObjectBuilder()
            .add("name", name)
            .add("country", "SE")
            .add("eAddress", "0007:" + orgNo)
            .add(
                "identifiers",
                Json.createArrayBuilder()
                    .add(scheme("ORGANIZATION_NUMBER", orgNo))
                    .add(scheme("VAT", "SE" + orgNo + "01"))
                    .add(scheme("GLN", gln)))
            .add("serviceProviders", providers)
            .build();
    JsonObject created = Expect.ok(ADMIN.post("registry/participants", body), 201).json();
    return new Participant(
        created.getString("id"), name, "0007:" + orgNo, orgNo, "SE" + orgNo + "01", gln, created);
  }

  /** A participant with one new provider of its own. */
  static Participant participant(String name) {
    return participant(name, provider(unique("Provider ")));
  }

  static JsonObject scheme(String scheme, String value) {
    return Json.createObjectBuilder().add("scheme", scheme).add("value", value).build();
  }

  /** Adds a participant to demo-editor's (or another editor's) directory. */
  static JsonObject customer(ApiClient editor, Participant participant, String... numbers) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (String number : numbers) {
      array.add(number);
    }
    return Expect.ok(
            editor.post(
                "customers",
                Json.createObjectBuilder()
                    .add("participantId", participant.id())
                    .add("customerNumbers", array)
                    .build()),
            201)
        .json();
  }

  /**
   * Changes a customer as it was read (its version in {@code If-Match}), e.g. {@code POST} to
   * {@code deactivate} without a body; the changed customer.
   */
  static JsonObject changeCustomer(
      ApiClient editor, String method, JsonObject customer, String change, JsonObject body) {
    return Expect.ok(
            editor.withIfMatch(
                method,
                "customers/" + customer.getString("id") + "/" + change,
                body,
                "\"" + customer.getJsonNumber("version").longValue() + "\""),
            200)
        .json();
  }

  /** A document reference by customer number. */
  static JsonObject documentFor(String documentId, String customerNumber) {
    return Json.createObjectBuilder()
        .add("documentId", documentId)
        .add("customerNumber", customerNumber)
        .build();
  }

  private static int luhn(String payload) {
    int sum = 0;
    boolean doubled = true;
    for (int i = payload.length() - 1; i >= 0; i--) {
      int d = payload.charAt(i) - '0';
      if (doubled) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      doubled = !doubled;
    }
    return (10 - sum % 10) % 10;
  }

  private static int gs1(String payload) {
    int sum = 0;
    int weight = 3;
    for (int i = payload.length() - 1; i >= 0; i--) {
      sum += weight * (payload.charAt(i) - '0');
      weight = 4 - weight;
    }
    return (10 - sum % 10) % 10;
  }

  /** A registered participant and its identifiers. */
  record Participant(
      String id,
      String name,
      String eAddress,
      String organizationNumber,
      String vatNumber,
      String gln,
      JsonObject json) {}
}
