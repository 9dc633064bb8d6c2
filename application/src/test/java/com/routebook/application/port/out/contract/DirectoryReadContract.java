package com.routebook.application.port.out.contract;

import static com.routebook.application.fixture.CustomerFixture.aCustomer;
import static com.routebook.application.fixture.ParticipantFixture.aParticipant;

import com.routebook.application.fixture.ParticipantFixture;
import com.routebook.application.port.out.CustomerDirectory;
import com.routebook.application.port.out.ParticipantRegistry;
import com.routebook.domain.customer.ChangeStamp;
import com.routebook.domain.customer.Customer;
import com.routebook.domain.participant.Participant;
import com.routebook.domain.participant.ServiceProvider;
import com.routebook.domain.tenant.TenantId;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the contracts of the directory's read sides share: the write side's ports over the read
 * side's store, two tenants, two providers, and data written through the ports (participants with
 * their providers, each provider stored once; customers of them). Each test starts from an empty
 * store.
 */
public abstract class DirectoryReadContract {

  protected static final ChangeStamp STAMP = new ChangeStamp("tester", Instant.EPOCH);

  protected ParticipantRegistry registry;
  protected CustomerDirectory directory;
  protected final TenantId tenantA = new TenantId("a-" + UUID.randomUUID());
  protected final TenantId tenantB = new TenantId("b-" + UUID.randomUUID());
  protected final ServiceProvider pagero = ServiceProvider.named("Pagero");
  protected final ServiceProvider crediflow = ServiceProvider.named("Crediflow");
  private final Set<ServiceProvider> providersStored = new HashSet<>();

  /** The registry and the directory the data is written to, over the read side's store. */
  protected abstract DirectoryStores newStores();

  @BeforeEach
  void createStores() {
    DirectoryStores stores = newStores();
    registry = stores.registry();
    directory = stores.directory();
  }

  /** Registers the participant, storing the providers it names that are not stored yet. */
  protected Participant registered(ParticipantFixture fixture) {
    Participant participant = fixture.build();
    for (ServiceProvider provider : participant.serviceProviders()) {
      if (providersStored.add(provider)) {
        registry.addServiceProvider(provider);
      }
    }
    return registry.add(participant);
  }

  /** Registers a participant of that name with the providers (the first its default). */
  protected Participant named(String name, ServiceProvider... providers) {
    return registered(aParticipant().named(name).withProviders(providers));
  }

  /** Adds the participant to the tenant's directory with the numbers. */
  protected Customer customerOf(TenantId tenant, Participant participant, String... numbers) {
    return directory.add(
        tenant, aCustomer().inTenant(tenant).of(participant).withNumbers(numbers).build());
  }

  /** Adds the participant to tenant A's directory with the numbers, choosing the provider. */
  protected Customer customerChoosing(
      Participant participant, ServiceProvider provider, String... numbers) {
    return directory.add(
        tenantA,
        aCustomer()
            .inTenant(tenantA)
            .of(participant)
            .withNumbers(numbers)
            .withProvider(provider.id())
            .build());
  }

  /** The participant from now on offers only that provider, its default. */
  protected void offersOnly(Participant participant, ServiceProvider provider) {
    participant.update(
        participant.name(),
        participant.country(),
        participant.eAddress(),
        participant.identifiers(),
        List.of(provider),
        provider.id());
    registry.update(participant);
  }
}
