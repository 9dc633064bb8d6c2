package com.routebook.adapter.persistence.directory;

import static com.routebook.adapter.persistence.testing.Fixtures.NOW;
import static com.routebook.adapter.persistence.testing.Fixtures.participant;
import static org.assertj.core.api.Assertions.assertThat;

import com.routebook.adapter.persistence.audit.JpaAuditTrail;
import com.routebook.adapter.persistence.registry.JpaParticipantRegistry;
import com.routebook.adapter.persistence.search.JdbcDirectorySearch;
import com.routebook.adapter.persistence.testing.DatabaseKind;
import com.routebook.adapter.persistence.testing.JpaTestSupport;
import com.routebook.adapter.persistence.testing.PersistenceTestBase;
import com.routebook.application.fake.InMemoryClock;
import com.routebook.application.fake.InMemoryCurrentUser;
import com.routebook.application.port.in.directory.AddCustomerUseCase.AddCustomerCommand;
import com.routebook.application.port.in.directory.CustomerView;
import com.routebook.application.port.out.AuditTrail;
import com.routebook.application.port.out.CustomerDirectory;
import com.routebook.application.port.out.ParticipantRegistry;
import com.routebook.application.service.directory.CustomerDirectoryService;
import com.routebook.domain.ConflictException;
import com.routebook.domain.customer.Customer;
import com.routebook.domain.customer.CustomerExistsException;
import com.routebook.domain.customer.CustomerNumber;
import com.routebook.domain.customer.CustomerNumberTakenException;
import com.routebook.domain.customer.CustomerNumbers;
import com.routebook.domain.participant.Participant;
import com.routebook.domain.participant.ServiceProvider;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two editors add at once on PostgreSQL, each in a transaction of its own: both pass the service's
 * friendly check (a latch holds each add until both have checked), the database's constraint lets
 * one win, and the other gets the domain's conflict naming the winner, with nothing of its own
 * written.
 */
class RacingAddsTest extends PersistenceTestBase {

  private final ExecutorService editors = Executors.newFixedThreadPool(2);
  private final CountDownLatch bothChecked = new CountDownLatch(2);
  private ServiceProvider pagero;

  /** The concurrent behaviour is PostgreSQL's (H2 is the single-instance embedded database). */
  @Override
  protected DatabaseKind databaseKind() {
    return DatabaseKind.POSTGRESQL;
  }

  @BeforeEach
  void provider() {
    pagero = registry.addServiceProvider(ServiceProvider.named("Pagero"));
  }

  @AfterEach
  void stopEditors() {
    editors.shutdownNow();
  }

  @Test
  void the_loser_of_two_adds_of_one_participant_is_told_the_winners_customer_id() {
    Participant acme = registry.add(participant("Acme Paper AB", pagero));

    List<Object> outcomes =
        race(
            numbersFor(acme, "A-1", "LOSER-OR-WINNER-1"),
            numbersFor(acme, "A-1", "LOSER-OR-WINNER-2"));

    CustomerView winner = only(outcomes, CustomerView.class);
    CustomerExistsException loser = only(outcomes, CustomerExistsException.class);
    assertThat(loser.code()).isEqualTo(CustomerExistsException.CUSTOMER_EXISTS);
    assertThat(loser.existingCustomerId()).isEqualTo(winner.id());
    assertThat(directory.findByParticipant(tenantA, acme.id()).orElseThrow().id())
        .isEqualTo(winner.id());
    assertThat(storedNumbers("A-1", "LOSER-OR-WINNER-1", "LOSER-OR-WINNER-2"))
        .containsExactlyInAnyOrderElementsOf(winner.customerNumbers());
  }

  @Test
  void the_loser_of_two_adds_of_one_number_is_told_the_number_is_taken() {
    Participant acme = registry.add(participant("Acme Paper AB", pagero));
    Participant nordic = registry.add(participant("Nordic Parts AS", pagero));

    List<Object> outcomes =
        race(numbersFor(acme, "N-1", "ACME-ONLY"), numbersFor(nordic, "N-1", "NORDIC-ONLY"));

    CustomerView winner = only(outcomes, CustomerView.class);
    CustomerNumberTakenException loser = only(outcomes, CustomerNumberTakenException.class);
    assertThat(loser.code()).isEqualTo(CustomerNumberTakenException.CUSTOMER_NUMBER_TAKEN);
    assertThat(loser.numbers()).containsExactly("N-1");
    assertThat(storedNumbers("N-1", "ACME-ONLY", "NORDIC-ONLY"))
        .containsExactlyInAnyOrderElementsOf(winner.customerNumbers());
    assertThat(directory.findByParticipants(tenantA, Set.of(acme.id(), nordic.id())))
        .extracting(Customer::id)
        .containsExactly(winner.id());
  }

  private static AddCustomerCommand numbersFor(Participant participant, String... numbers) {
    return AddCustomerCommand.forParticipant(participant.id(), CustomerNumbers.of(numbers), null);
  }

  /** Both adds at once; each answers the customer added or the conflict it got. */
  private List<Object> race(AddCustomerCommand one, AddCustomerCommand two) {
    CompletableFuture<Object> first = CompletableFuture.supplyAsync(() -> add(one), editors);
    CompletableFuture<Object> second = CompletableFuture.supplyAsync(() -> add(two), editors);
    return List.of(first.join(), second.join());
  }

  /** One editor's add, in a transaction and entity manager of its own. */
  private Object add(AddCustomerCommand command) {
    try (JpaTestSupport own = new JpaTestSupport(database)) {
      var em = own.entityManager();
      CustomerDirectory directoryHeldAtAdd =
          heldAtAdd(own.port(CustomerDirectory.class, new JpaCustomerDirectory(em)));
      CustomerDirectoryService service =
          new CustomerDirectoryService(
              directoryHeldAtAdd,
              new JdbcDirectorySearch(database.dataSource()),
              own.port(ParticipantRegistry.class, new JpaParticipantRegistry(em)),
              own.port(AuditTrail.class, new JpaAuditTrail(em)),
              InMemoryCurrentUser.editorOf(tenantA),
              new InMemoryClock(NOW));
      return own.inTransaction(() -> service.add(command));
    } catch (ConflictException conflict) {
      return conflict;
    } catch (Throwable unexpected) {
      throw new AssertionError(unexpected);
    }
  }

  /** The directory, its add waiting until both editors have passed the service's checks. */
  private CustomerDirectory heldAtAdd(CustomerDirectory target) {
    return (CustomerDirectory)
        Proxy.newProxyInstance(
            CustomerDirectory.class.getClassLoader(),
            new Class<?>[] {CustomerDirectory.class},
            (proxy, method, args) -> {
              if (method.getName().equals("add")) {
                bothChecked.countDown();
                bothChecked.await();
              }
              try {
                return method.invoke(target, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  private List<String> storedNumbers(String... numbers) {
    return directory
        .findByCustomerNumbers(
            tenantA,
            java.util.Arrays.stream(numbers)
                .map(CustomerNumber::new)
                .collect(java.util.stream.Collectors.toSet()))
        .stream()
        .flatMap(c -> c.numbers().asStrings().stream())
        .toList();
  }

  private static <T> T only(List<Object> outcomes, Class<T> type) {
    assertThat(outcomes).as("one winner and one loser").filteredOn(type::isInstance).hasSize(1);
    return outcomes.stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
  }
}
