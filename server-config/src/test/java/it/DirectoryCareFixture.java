package it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.security.SecureRandom;

/**
 * The participants that the tests of keeping the directory right set up through the API and the
 * screens alike ({@code it.rest.DirectoryCareIT}, {@code it.ui.DirectoryCareScreensIT}): a
 * directory where one customer needs attention (its participant deactivated) and one is fine, and a
 * customer whose E-address has a removed scheme (Finnish {@code 0037}, replaced by {@code 0216}).
 * Each test class calls the API with its own client, through {@link Calls}.
 */
public final class DirectoryCareFixture {

  /** The English warning the API gives beside an E-address of scheme 0037. */
  public static final String LEGACY_WARNING_API = "scheme 0037 (FI:OVT) is removed; use 0216";

  /** The English warning the screens show beside an E-address of scheme 0037. */
  public static final String LEGACY_WARNING_SCREEN =
      "Scheme 0037 (FI:OVT) has been removed; use 0216.";

  /** The Swedish warning the screens show beside an E-address of scheme 0037. */
  public static final String LEGACY_WARNING_SCREEN_SV =
      "Schemat 0037 (FI:OVT) har tagits bort; anv\u00e4nd 0216.";

  private static final SecureRandom RANDOM = new SecureRandom();

  private DirectoryCareFixture() {}

  /** What the fixture needs of a test's API client. */
  public interface Calls {

    /** Registers a Swedish participant with those service providers, the first the default. */
    Participant swedishParticipant(String name, String... providerIds);

    /** Registers the participant of a registry body: the new participant's id. */
    String register(JsonObject body);

    /** Deactivates a participant in the network. */
    void deactivate(String participantId);

    /** Adds the participant to the demo editor's directory: the new customer's id. */
    String addCustomer(String participantId, String customerNumber);
  }

  /** A participant registered by a test: its id, name and E-address. */
  public record Participant(String id, String name, String eAddress) {}

  /** A customer of the demo tenant and its participant. */
  public record Customer(String id, Participant participant) {
    public String name() {
      return participant.name();
    }

    public String eAddress() {
      return participant.eAddress();
    }
  }

  /** Two customers named {@code prefix + "Gone"} (participant deactivated) and {@code "Fine"}. */
  public record Attention(Customer gone, Customer fine) {}

  /**
   * Customers {@code prefix + "Gone"} and {@code prefix + "Fine"} with that provider and the
   * customer numbers {@code numbers + "-G"} and {@code "-F"}; Gone's participant is then
   * deactivated, so it is "Non existing" and "Needs attention".
   */
  public static Attention attention(Calls calls, String prefix, String providerId, String numbers) {
    Participant gone = calls.swedishParticipant(prefix + "Gone", providerId);
    Participant fine = calls.swedishParticipant(prefix + "Fine", providerId);
    Customer goneCustomer = new Customer(calls.addCustomer(gone.id(), numbers + "-G"), gone);
    Customer fineCustomer = new Customer(calls.addCustomer(fine.id(), numbers + "-F"), fine);
    calls.deactivate(gone.id());
    return new Attention(goneCustomer, fineCustomer);
  }

  /**
   * The registry body of a Finnish participant with that E-address, no identifiers, one provider.
   */
  public static JsonObject finnishParticipant(String name, String eAddress, String providerId) {
    return Json.createObjectBuilder()
        .add("name", name)
        .add("country", "FI")
        .add("eAddress", eAddress)
        .add("identifiers", Json.createArrayBuilder())
        .add(
            "serviceProviders",
            Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("id", providerId).add("default", true)))
        .build();
  }

  /** A fresh E-address of the removed scheme 0037: a Finnish business id without its dash. */
  public static String legacyEAddress() {
    return "0037:" + finnishBusinessId();
  }

  /**
   * A Finnish participant whose E-address has the removed scheme 0037, as a customer of the demo
   * tenant with that customer number.
   */
  public static Customer legacyCustomer(
      Calls calls, String name, String providerId, String customerNumber) {
    String eAddress = legacyEAddress();
    String id = calls.register(finnishParticipant(name, eAddress, providerId));
    return new Customer(calls.addCustomer(id, customerNumber), new Participant(id, name, eAddress));
  }

  /** A random valid Finnish business id without its dash (7 digits and the check digit). */
  public static String finnishBusinessId() {
    int[] weights = {7, 9, 10, 5, 8, 4, 2};
    while (true) {
      StringBuilder digits = new StringBuilder();
      int sum = 0;
      for (int weight : weights) {
        int digit = RANDOM.nextInt(10);
        digits.append(digit);
        sum += digit * weight;
      }
      int remainder = sum % 11;
      if (remainder != 1) {
        return digits.append(remainder == 0 ? 0 : 11 - remainder).toString();
      }
    }
  }
}
