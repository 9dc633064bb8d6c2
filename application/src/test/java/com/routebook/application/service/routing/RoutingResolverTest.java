package com.routebook.application.service.routing;

import static com.routebook.application.fixture.CustomerFixture.TENANT_A;
import static com.routebook.application.fixture.CustomerFixture.aCustomer;
import static com.routebook.application.fixture.ParticipantFixture.aParticipant;
import static org.assertj.core.api.Assertions.assertThat;

import com.routebook.application.fixture.TestWorld;
import com.routebook.application.port.out.TenantSettings;
import com.routebook.domain.participant.Participant;
import com.routebook.domain.routing.DirectoryMode;
import com.routebook.domain.routing.DocumentReference;
import com.routebook.domain.routing.MatchedBy;
import com.routebook.domain.routing.Outcome;
import com.routebook.domain.routing.StopReason;
import com.routebook.domain.tenant.TenantId;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoutingResolverTest {

  private final TestWorld world = new TestWorld();
  private final CountingSettings settings = new CountingSettings(world.settings);
  private final RoutingResolver resolver = new RoutingResolver(world.routing, settings);

  @Test
  void documents_with_customer_numbers_only_are_routed_without_reading_the_directory_mode() {
    world.given(aCustomer().withNumbers("A-1"));
    world.settings.changeDirectoryMode(TENANT_A, DirectoryMode.CLOSED);

    var decisions =
        resolver.resolveAll(
            TENANT_A,
            List.of(
                DocumentReference.of("D1").with(MatchedBy.CUSTOMER_NUMBER, "A-1"),
                DocumentReference.of("D2").with(MatchedBy.CUSTOMER_NUMBER, "NOPE")));

    assertThat(decisions)
        .extracting(d -> d.outcome())
        .containsExactly(Outcome.ROUTED, Outcome.STOPPED);
    assertThat(settings.reads).isZero();
  }

  @Test
  void a_registry_reference_reads_the_mode_once_per_batch_and_the_mode_decides() {
    Participant stranger = world.given(aParticipant());
    world.settings.changeDirectoryMode(TENANT_A, DirectoryMode.CLOSED);
    DocumentReference byAddress =
        DocumentReference.of("D").with(MatchedBy.E_ADDRESS, stranger.eAddressText());

    var decisions =
        resolver.resolveAll(
            TENANT_A,
            List.of(
                DocumentReference.of("N").with(MatchedBy.CUSTOMER_NUMBER, "NOPE"),
                byAddress,
                byAddress));

    assertThat(decisions.get(1).reason()).isEqualTo(StopReason.NO_MATCH);
    assertThat(settings.reads).isEqualTo(1);
    world.settings.changeDirectoryMode(TENANT_A, DirectoryMode.OPEN);
    assertThat(resolver.resolve(TENANT_A, byAddress).outcome()).isEqualTo(Outcome.ROUTED);
    assertThat(settings.reads).isEqualTo(2);
  }

  /** The tenant settings, counting how often the directory mode is read. */
  private static final class CountingSettings implements TenantSettings {
    private final TenantSettings settings;
    private int reads;

    CountingSettings(TenantSettings settings) {
      this.settings = settings;
    }

    @Override
    public DirectoryMode directoryMode(TenantId tenantId) {
      reads++;
      return settings.directoryMode(tenantId);
    }

    @Override
    public void changeDirectoryMode(TenantId tenantId, DirectoryMode mode) {
      settings.changeDirectoryMode(tenantId, mode);
    }
  }
}
