package com.routebook.adapter.persistence.testing;

import com.routebook.domain.customer.ChangeStamp;
import com.routebook.domain.customer.Customer;
import com.routebook.domain.customer.CustomerNumbers;
import com.routebook.domain.identifier.EAddress;
import com.routebook.domain.identifier.Identifier;
import com.routebook.domain.identifier.IdentifierScheme;
import com.routebook.domain.participant.Participant;
import com.routebook.domain.participant.ServiceProvider;
import com.routebook.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Valid domain objects for the persistence tests, speaking the domain. */
public final class Fixtures {

  /** A fixed moment, whole microseconds (what the databases keep). */
  public static final Instant NOW = Instant.parse("2026-03-01T10:15:30.123456Z");

  private static final AtomicInteger SERIAL = new AtomicInteger(100);

  private Fixtures() {}

  /** A valid Swedish organization number (Luhn over all ten digits), different each call. */
  public static String swedishOrganizationNumber() {
    return swedishOrganizationNumber(SERIAL.incrementAndGet());
  }

  /** The valid Swedish organization number made from a serial number. */
  public static String swedishOrganizationNumber(int serial) {
    String payload = String.format("55%07d", serial);
    int sum = 0;
    for (int i = payload.length() - 1, k = 0; i >= 0; i--, k++) {
      int d = payload.charAt(i) - '0';
      if (k % 2 == 0) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return payload + (10 - sum % 10) % 10;
  }

  /**
   * A Swedish participant: E-address {@code 0007:<org no>}, organization and VAT numbers; the first
   * provider is the default.
   */
  public static Participant participant(String name, ServiceProvider... providers) {
    return participant(name, swedishOrganizationNumber(), providers);
  }

  /** A Swedish participant with that organization number. */
  public static Participant participant(
      String name, String organizationNumber, ServiceProvider... providers) {
    return Participant.register(
        name,
        "SE",
        EAddress.parse("0007:" + organizationNumber),
        List.of(
            Identifier.of(IdentifierScheme.ORGANIZATION_NUMBER, organizationNumber, "SE"),
            Identifier.of(IdentifierScheme.VAT, "SE" + organizationNumber + "01", "SE")),
        Arrays.asList(providers),
        providers[0].id());
  }

  /** A new active customer of the tenant for the participant, with its default provider. */
  public static Customer customer(TenantId tenant, Participant participant, String... numbers) {
    Customer customer =
        Customer.create(tenant, participant, CustomerNumbers.of(numbers), null, stamp());
    customer.pullChanges();
    return customer;
  }

  /** A change stamp of the test editor. */
  public static ChangeStamp stamp() {
    return new ChangeStamp("editor", NOW);
  }
}
