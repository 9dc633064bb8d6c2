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
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** What routing remembers of customer-number look-ups, and when it reads again. */
class RememberedNumbersTest {

  private final TestWorld world = new TestWorld();
  private final InMemoryDirectoryChanges changes = new InMemoryDirectoryChanges();
  private final CountingDirectory directory = new CountingDirectory(world.routing);
  private final List<Runnable> work = new ArrayList<>();
  private long now = 1_000_000_000L;
  private RoutingResolver resolver = resolver(new RememberedNumbers(changes, 100));

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
  void a_large_batch_takes_what_is_remembered_and_remembers_nothing_of_what_it_reads() {
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
    assertThat(directory.asked.get(1)).hasSize(RememberedNumbers.MOST_ASKED).doesNotContain("L-1");
    assertThat(directory.asked.get(2)).containsExactly("L-OTHER-1");
  }

  @Test
  void after_a_whole_warming_no_number_is_read_not_even_one_no_customer_holds() {
    resolver = resolver(warming(100));
    world.given(aCustomer().withNumbers("H-1", "H-2"));
    route(TENANT_A, "H-1");
    runWork();
    List<DocumentReference> batch = new ArrayList<>();
    for (int i = 0; i <= RememberedNumbers.MOST_ASKED; i++) {
      batch.add(document("B" + i, i == 0 ? "H-2" : "H-NONE-" + i));
    }

    assertThat(route(TENANT_A, "H-NONE").outcome()).isEqualTo(Outcome.STOPPED);
    List<RoutingDecision> decisions = resolver.resolveAll(TENANT_A, batch);

    assertThat(decisions.get(0).outcome()).isEqualTo(Outcome.ROUTED);
    assertThat(decisions.subList(1, decisions.size()))
        .extracting(RoutingDecision::outcome)
        .containsOnly(Outcome.STOPPED);
    assertThat(directory.asked).containsExactly(Set.of("H-1"));
  }

  @Test
  void a_whole_memory_stands_only_under_its_mark() {
    resolver = resolver(warming(100));
    world.given(aCustomer().withNumbers("H-3"));
    route(TENANT_A, "H-3");
    runWork();

    world.given(aCustomer().withNumbers("H-4"));
    changes.heardOfChange(TENANT_A);

    assertThat(route(TENANT_A, "H-4").outcome()).isEqualTo(Outcome.ROUTED);
    assertThat(directory.asked).containsExactly(Set.of("H-3"), Set.of("H-4"));
  }

  @Test
  void a_warming_stopped_by_a_full_memory_is_not_whole() {
    resolver = resolver(warming(2));
    world.given(aCustomer().withNumbers("H-5", "H-6", "H-7"));
    route(TENANT_A, "H-5");
    runWork(); // room for one more: H-6 or H-7, not both

    route(TENANT_A, "H-6");
    route(TENANT_A, "H-7");

    assertThat(directory.asked).hasSize(2); // H-5, then whichever did not fit
  }

  @Test
  void a_memory_emptied_when_full_is_no_longer_whole() {
    resolver = resolver(warming(3));
    world.given(aCustomer().withNumbers("H-8"));
    world.given(aCustomer().inTenant(TENANT_B).withNumbers("H-9"));
    route(TENANT_A, "H-8");
    runWork(); // A is whole: one entry
    route(TENANT_B, "B-1");
    route(TENANT_B, "B-2");
    route(TENANT_B, "B-3"); // full: everything forgotten
    world.given(aCustomer().withNumbers("H-10"));

    assertThat(route(TENANT_A, "H-10").outcome()).isEqualTo(Outcome.ROUTED);
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
    resolver = resolver(new RememberedNumbers(changes, 2));
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

  @Test
  void a_change_of_the_tenants_directory_makes_its_numbers_read_again() {
    world.given(aCustomer().withNumbers("T-1"));
    route(TENANT_A, "T-1");

    changes.heardOfChange(TENANT_A);
    route(TENANT_A, "T-1");
    route(TENANT_A, "T-1");

    assertThat(directory.asked).hasSize(2);
  }

  @Test
  void a_change_of_another_tenants_directory_leaves_what_was_read_trusted() {
    world.given(aCustomer().withNumbers("T-2"));
    route(TENANT_A, "T-2");
    route(TENANT_B, "T-2");

    changes.heardOfChange(TENANT_B);
    route(TENANT_A, "T-2");
    route(TENANT_B, "T-2");

    assertThat(directory.asked).hasSize(3);
  }

  @Test
  void a_tenants_first_call_warms_all_its_numbers_so_that_none_is_read_when_first_asked() {
    resolver = resolver(warming(100));
    world.given(aCustomer().withNumbers("W-1", "W-2"));
    world.given(aCustomer().withNumbers("W-3"));
    world.given(aCustomer().inTenant(TENANT_B).withNumbers("W-4"));

    route(TENANT_A, "W-1");
    assertThat(work).hasSize(1);
    runWork();

    assertThat(route(TENANT_A, "W-2").outcome()).isEqualTo(Outcome.ROUTED);
    assertThat(route(TENANT_A, "W-3").outcome()).isEqualTo(Outcome.ROUTED);
    assertThat(route(TENANT_B, "W-4").outcome()).isEqualTo(Outcome.ROUTED);
    assertThat(directory.asked).containsExactly(Set.of("W-1"), Set.of("W-4"));
    assertThat(directory.warmings).containsExactly(TENANT_A);
    assertThat(work).hasSize(1); // B's own warming, started by its first call
  }

  @Test
  void the_warmed_numbers_answer_as_a_look_up_would() {
    resolver = resolver(warming(100));
    world.given(aCustomer().withNumbers("W-5"));
    RoutingDecision read = route(TENANT_A, "W-5");
    runWork();
    changes.heardOfChange(TENANT_B); // nothing of A: the warmed entries stand

    RoutingDecision warmed = route(TENANT_A, "W-5");

    assertThat(warmed).isEqualTo(read);
    assertThat(directory.asked).hasSize(1);
  }

  @Test
  void a_change_heard_of_during_the_warming_stops_it_and_leaves_what_it_read_untrusted() {
    resolver = resolver(warming(100));
    world.given(aCustomer().withNumbers("W-6", "W-7"));
    route(TENANT_A, "W-6");
    directory.duringWarming = () -> changes.heardOfChange(TENANT_A);
    runWork();
    directory.duringWarming = () -> {};

    route(TENANT_A, "W-7");

    assertThat(directory.asked).containsExactly(Set.of("W-6"), Set.of("W-7"));
  }

  @Test
  void a_changing_tenant_is_warmed_again_only_after_a_gap() {
    resolver = resolver(warming(100));
    world.given(aCustomer().withNumbers("W-8"));
    route(TENANT_A, "W-8");
    runWork();

    changes.heardOfChange(TENANT_A);
    route(TENANT_A, "W-8");
    assertThat(work).isEmpty();

    now += RememberedNumbers.LEAST_GAP_NANOS;
    route(TENANT_A, "W-8");
    assertThat(work).hasSize(1);
  }

  @Test
  void a_warming_stops_where_the_memory_is_full() {
    resolver = resolver(warming(1));
    world.given(aCustomer().withNumbers("W-9", "W-10"));
    route(TENANT_A, "W-9");
    runWork();

    route(TENANT_A, "W-10");

    assertThat(directory.warmings).containsExactly(TENANT_A); // begun, and stopped at once
    assertThat(directory.asked).containsExactly(Set.of("W-9"), Set.of("W-10"));
  }

  @Test
  void the_capacity_is_fitted_to_a_third_of_the_heap() {
    assertThat(RememberedNumbers.capacityFor(512L << 20)).isEqualTo(298_261);
    assertThat(RememberedNumbers.capacityFor(6L << 30)).isEqualTo(RememberedNumbers.CAPACITY);
  }

  private RememberedNumbers warming(int capacity) {
    return new RememberedNumbers(changes, capacity, work::add, () -> now);
  }

  private void runWork() {
    List<Runnable> due = new ArrayList<>(work);
    work.clear();
    due.forEach(Runnable::run);
  }

  private RoutingResolver resolver(RememberedNumbers numbers) {
    return new RoutingResolver(directory, world.settings, numbers);
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
    private final List<TenantId> warmings = new ArrayList<>();
    private Runnable duringRead = () -> {};
    private Runnable duringWarming = () -> {};

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
    public void eachNumber(TenantId tenantId, Predicate<NumberMatch> each) {
      warmings.add(tenantId);
      directory.eachNumber(
          tenantId,
          match -> {
            duringWarming.run();
            return each.test(match);
          });
    }

    @Override
    public List<IdentifierMatch> byIdentifiers(TenantId tenantId, Set<Identifier> identifiers) {
      return directory.byIdentifiers(tenantId, identifiers);
    }
  }
}
