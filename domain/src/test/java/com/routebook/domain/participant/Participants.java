package com.routebook.domain.participant;

import com.routebook.domain.identifier.EAddress;
import com.routebook.domain.identifier.Identifier;
import com.routebook.domain.identifier.IdentifierScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds participants for domain tests: {@code aParticipant().named("Acme").build()}. */
public final class Participants {

  private static final AtomicInteger SEQUENCE = new AtomicInteger(100);

  private String name = "Participant " + SEQUENCE.incrementAndGet();
  private final String organizationNumber = swedishOrganizationNumber(SEQUENCE.incrementAndGet());
  private String eAddress = "0007:" + organizationNumber;
  private final List<Identifier> identifiers = new ArrayList<>();
  private List<ServiceProvider> providers = List.of(ServiceProvider.named("Provider of " + name));
  private boolean deactivated;

  private Participants() {
    identifiers.add(Identifier.of(IdentifierScheme.ORGANIZATION_NUMBER, organizationNumber, "SE"));
  }

  public static Participants aParticipant() {
    return new Participants();
  }

  public Participants named(String newName) {
    name = newName;
    return this;
  }

  public Participants withEAddress(String text) {
    eAddress = text;
    return this;
  }

  public Participants withIdentifier(IdentifierScheme scheme, String raw) {
    identifiers.add(Identifier.of(scheme, raw, "SE"));
    return this;
  }

  public Participants withoutIdentifiers() {
    identifiers.clear();
    return this;
  }

  public Participants withProviders(ServiceProvider... newProviders) {
    providers = List.of(newProviders);
    return this;
  }

  public Participants deactivated() {
    deactivated = true;
    return this;
  }

  public Participant build() {
    Participant participant =
        Participant.register(
            name, "SE", EAddress.parse(eAddress), identifiers, providers, providers.get(0).id());
    if (deactivated) {
      participant.deactivate();
    }
    return participant;
  }

  /** The valid Swedish organization number 55 + seed (7 digits) + Luhn digit. */
  public static String swedishOrganizationNumber(int seed) {
    String payload = "55" + String.format("%07d", seed % 10_000_000);
    int sum = 0;
    for (int i = 0; i < payload.length(); i++) {
      int digit = payload.charAt(payload.length() - 1 - i) - '0';
      if (i % 2 == 0) {
        digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      }
      sum += digit;
    }
    return payload + (10 - sum % 10) % 10;
  }

  /** The valid GLN 735 + seed (9 digits) + GS1 digit. */
  public static String gln(int seed) {
    String payload = "735" + String.format("%09d", seed % 1_000_000_000);
    int sum = 0;
    for (int i = 0; i < payload.length(); i++) {
      int digit = payload.charAt(payload.length() - 1 - i) - '0';
      sum += i % 2 == 0 ? digit * 3 : digit;
    }
    return payload + (10 - sum % 10) % 10;
  }
}
