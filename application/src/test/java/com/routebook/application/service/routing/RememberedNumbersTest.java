package com.routebook.application.service.routing;

import static com.routebook.application.fixture.CustomerFixture.TENANT_A;
import static com.routebook.application.fixture.CustomerFixture.TENANT_B;
import static com.routebook.application.fixture.CustomerFixture.aCustomer;
import static org.assertj.core.api.Assertions.assertThat;

import com.routebook.application.fake.InMemoryDirectoryChanges;
import com.routebook.application.fixture.TestWorld;
import com.routebook.application.port.out.RoutingDirectory;
import com.routebook.domain.customer.CustomerNumber;
import com.routebook.domain.identifier.Identifier;
import com.routebook.domain.routing.DocumentReference;
import com.routebook.domain.routing.MatchedBy;
import com.routebook.domain.routing.Outcome;
import com.routebook.domain.routing.RoutingDecision;
import com.routebook.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** What routing remembers of customer-number look-ups, and when it reads again. */
class RememberedNumbersTest {

  private final TestWorld world = new TestWorld();
  private final InMemoryDirectoryChanges changes = new InMemoryDirectoryChanges();
  private final CountingDirectory directory = new CountingDirectory(world.routing);
  private RoutingResolver resolver = new RoutingResolver(directory, world.settings, changes, 100);

  @Test
  void a_number_asked_again_is_answered_from_memory_while_nothing_changed() {
    world.given(aCustomer().withNumbers("A-1"));

    RoutingDecision first = route(TENANT_A, "A-1");
    RoutingDecision second = route(TENANT_A, "A-1");

    assertThat(first.outcome()).isEqualTo(Outcome.ROUTED);
    assertThat(second).isEqualTo(first);
    assertThat(directory.asked).containsExactly(Set.of("A-1"));
  }

  @Test
  void a_number_no_customer_holds_is_remembered_as_matching_nothing() {
    RoutingDecision first = route(TENANT_A, "NOPE");
    RoutingDecision second = route(TENANT_A, "NOPE");

    assertThat(first.outcome()).isEqualTo(Outcome.STOPPED);
    assertThat(second).isEqualTo(first);
    assertThat(directory.asked).hasSize(1);
  }

  @Test
  void a_change_heard_of_makes_the_next_call_read_again_and_route_by_the_change() {
    assertThat(route(TENANT_A, "LATER-1").outcome()).isEqualTo(Outcome.STOPPED);
    world.given(aCustomer().withNumbers("LATER-1"));

    changes.heardOfChange();

    assertThat(route(TENANT_A, "LATER-1").outcome()).isEqualTo(Outcome.ROUTED);
    assertThat(directory.asked).hasSize(2);
  }

  @Test
  void until_a_change_is_heard_of_what_was_read_stands() {
    assertThat(route(TENANT_A, "LATER-2").outcome()).isEqualTo(Outcome.STOPPED);
    world.given(aCustomer().withNumbers("LATER-2"));

    assertThat(route(TENANT_A, "LATER-2").outcome()).isEqualTo(Outcome.STOPPED);
    assertThat(directory.asked).hasSize(1);
  }

  @Test
  void while_changes_cannot_be_followed_nothing_is_remembered() {
    world.given(aCustomer().withNumbers("A-2"));
    route(TENANT_A, "A-2");

    changes.following(false);
    route(TENANT_A, "A-2");
    route(TENANT_A, "A-2");
    changes.following(true);
    route(TENANT_A, "A-2");
    route(TENANT_A, "A-2");

    assertThat(directory.asked).hasSize(4);
  }

  @Test
  void a_change_heard_of_during_the_read_leaves_what_was_read_untrusted() {
    world.given(aCustomer().withNumbers("A-3"));
    directory.duringRead = changes::heardOfChange;
    route(TENANT_A, "A-3");
    directory.duringRead = () -> {};

    route(TENANT_A, "A-3");
    route(TENANT_A, "A-3");

    assertThat(directory.asked).hasSize(2);
  }

  @Test
  void a_batch_reads_only_the_numbers_not_remembered_in_one_look_up() {
    world.given(aCustomer().withNumbers("A-4", "A-5"));
    route(TENANT_A, "A-4");

    List<RoutingDecision> decisions =
        resolver.resolveAll(
            TENANT_A,
            List.of(document("D1", "A-4"), document("D2", "A-5"), document("D3", "NONE-5")));

    assertThat(decisions)
        .extracting(RoutingDecision::outcome)
        .containsExactly(Outcome.ROUTED, Outcome.ROUTED, Outcome.STOPPED);
    assertThat(directory.asked).containsExactly(Set.of("A-4"), Set.of("A-5", "NONE-5"));
  }

  @Test
  void a_large_batch_is_read_whole_and_remembers_nothing() {
    world.given(aCustomer().withNumbers("L-1"));
    route(TENANT_A, "L-1");
    List<DocumentReference> batch = new ArrayList<>();
    for (int i = 0; i <= RememberedNumbers.MOST_ASKED; i++) {
      batch.add(document("B" + i, i == 0 ? "L-1" : "L-OTHER-" + i));
    }

    List<RoutingDecision> decisions = resolver.resolveAll(TENANT_A, batch);
    route(TENANT_A, "L-OTHER-1");

    assertThat(decisions.get(0).outcome()).isEqualTo(Outcome.ROUTED);
    assertThat(directory.asked).hasSize(3);
    assertThat(directory.asked.get(1)).hasSize(RememberedNumbers.MOST_ASKED + 1);
    assertThat(directory.asked.get(2)).containsExactly("L-OTHER-1");
  }

  @Test
  void what_one_tenant_read_is_never_answered_to_another() {
    world.given(aCustomer().withNumbers("SHARED-1"));
    assertThat(route(TENANT_A, "SHARED-1").outcome()).isEqualTo(Outcome.ROUTED);

    assertThat(route(TENANT_B, "SHARED-1").outcome()).isEqualTo(Outcome.STOPPED);
    assertThat(directory.asked).hasSize(2);
  }

  @Test
  void a_full_memory_is_emptied_and_filled_again() {
    resolver = new RoutingResolver(directory, world.settings, changes, 2);
    route(TENANT_A, "F-1");
    route(TENANT_A, "F-2");
    route(TENANT_A, "F-3"); // full: F-1 and F-2 are forgotten

    route(TENANT_A, "F-3");
    route(TENANT_A, "F-1");

    assertThat(directory.asked)
        .containsExactly(Set.of("F-1"), Set.of("F-2"), Set.of("F-3"), Set.of("F-1"));
  }

  @Test
  void a_resolver_that_follows_no_changes_reads_every_time() {
    resolver = new RoutingResolver(directory, world.settings);
    world.given(aCustomer().withNumbers("A-6"));

    route(TENANT_A, "A-6");
    route(TENANT_A, "A-6");

    assertThat(directory.asked).hasSize(2);
  }

  private RoutingDecision route(TenantId tenant, String number) {
    return resolver.resolve(tenant, document("D", number));
  }

  private static DocumentReference document(String id, String number) {
    return DocumentReference.of(id).with(MatchedBy.CUSTOMER_NUMBER, number);
  }

  /** Counts the number look-ups and what each asked for. */
  private static final class CountingDirectory implements RoutingDirectory {
    private final RoutingDirectory directory;
    private final List<Set<String>> asked = new ArrayList<>();
    private Runnable duringRead = () -> {};

    CountingDirectory(RoutingDirectory directory) {
      this.directory = directory;
    }

    @Override
    public List<NumberMatch> byCustomerNumbers(TenantId tenantId, Set<CustomerNumber> numbers) {
      Set<String> values = new TreeSet<>();
      numbers.forEach(n -> values.add(n.value()));
      asked.add(values);
      duringRead.run();
      return directory.byCustomerNumbers(tenantId, numbers);
    }

    @Override
    public List<IdentifierMatch> byIdentifiers(TenantId tenantId, Set<Identifier> identifiers) {
      return directory.byIdentifiers(tenantId, identifiers);
    }
  }
}
