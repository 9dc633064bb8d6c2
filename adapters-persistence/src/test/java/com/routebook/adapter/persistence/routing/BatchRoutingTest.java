package com.routebook.adapter.persistence.routing;

import static com.routebook.adapter.persistence.testing.Fixtures.customer;
import static com.routebook.adapter.persistence.testing.Fixtures.participant;
import static org.assertj.core.api.Assertions.assertThat;

import com.routebook.adapter.persistence.testing.OnEachDatabase;
import com.routebook.adapter.persistence.testing.PersistenceTestBase;
import com.routebook.application.service.routing.RoutingResolver;
import com.routebook.domain.identifier.IdentifierScheme;
import com.routebook.domain.participant.Participant;
import com.routebook.domain.participant.ServiceProvider;
import com.routebook.domain.routing.DocumentReference;
import com.routebook.domain.routing.MatchedBy;
import com.routebook.domain.routing.RoutingDecision;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Routing a batch of documents through the application's resolver on the database's read side costs
 * the same few SQL statements for 3 documents as for 600.
 */
@OnEachDatabase
class BatchRoutingTest extends PersistenceTestBase {

  final List<Participant> participants = new ArrayList<>();

  @BeforeEach
  void directoryWithCustomers() throws Throwable {
    ServiceProvider pagero = registry.addServiceProvider(ServiceProvider.named("Pagero"));
    jpa.inTransaction(
        () -> {
          for (int i = 0; i < 300; i++) {
            participants.add(registry.add(participant("Company " + i + " AB", pagero)));
          }
          for (int i = 0; i < 300; i += 2) {
            directory.add(tenantA, customer(tenantA, participants.get(i), "C-" + i));
          }
          return null;
        });
  }

  @Test
  void a_batch_takes_a_fixed_number_of_statements_whatever_its_size() throws Throwable {
    RoutingResolver resolver =
        new RoutingResolver(new JdbcRoutingDirectory(database.dataSource()), settings);

    int few = statementsToRoute(resolver, documents(3));
    int many = statementsToRoute(resolver, documents(600));

    assertThat(many).isEqualTo(few);
    // the tenant's directory mode, then one statement per look-up kind
    assertThat(many).isLessThanOrEqualTo(3);
  }

  @Test
  void routing_a_batch_gives_the_decisions_of_routing_each_document_alone() {
    RoutingResolver resolver =
        new RoutingResolver(new JdbcRoutingDirectory(database.dataSource()), settings);
    List<DocumentReference> batch = documents(40);

    List<RoutingDecision> together = resolver.resolveAll(tenantA, batch);

    for (int i = 0; i < batch.size(); i++) {
      assertThat(together.get(i)).isEqualTo(resolver.resolve(tenantA, batch.get(i)));
    }
    assertThat(together).filteredOn(RoutingDecision::isRouted).hasSizeGreaterThan(20);
  }

  private int statementsToRoute(RoutingResolver resolver, List<DocumentReference> batch)
      throws Throwable {
    int before = database.statements();
    List<RoutingDecision> decisions = jpa.inTransaction(() -> resolver.resolveAll(tenantA, batch));
    assertThat(decisions).hasSize(batch.size());
    return database.statements() - before;
  }

  /**
   * Documents by customer number (even ones), by VAT number (odd ones) and some matching nothing.
   */
  private List<DocumentReference> documents(int count) {
    List<DocumentReference> documents = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int k = i % 300;
      Participant p = participants.get(k);
      DocumentReference document = DocumentReference.of("DOC-" + i);
      if (i % 7 == 6) {
        document = document.with(MatchedBy.CUSTOMER_NUMBER, "NOBODY-" + i);
      } else if (k % 2 == 0) {
        document = document.with(MatchedBy.CUSTOMER_NUMBER, "C-" + k);
      } else {
        document =
            document.with(MatchedBy.VAT, p.identifier(IdentifierScheme.VAT).orElseThrow().value());
      }
      documents.add(document);
    }
    return documents;
  }
}
