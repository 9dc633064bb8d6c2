package com.routebook.adapter.persistence.directory;

import static com.routebook.adapter.persistence.testing.Fixtures.NOW;
import static com.routebook.adapter.persistence.testing.Fixtures.customer;
import static com.routebook.adapter.persistence.testing.Fixtures.participant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.routebook.adapter.persistence.testing.Fixtures;
import com.routebook.adapter.persistence.testing.OnEachDatabase;
import com.routebook.adapter.persistence.testing.PersistenceTestBase;
import com.routebook.application.fake.InMemoryClock;
import com.routebook.application.fake.InMemoryCurrentUser;
import com.routebook.application.port.PageRequest;
import com.routebook.application.port.in.directory.CustomerView;
import com.routebook.application.port.in.directory.GetCustomerUseCase.GetCustomerQuery;
import com.routebook.application.service.directory.CustomerDirectoryService;
import com.routebook.domain.ValidationException;
import com.routebook.domain.customer.Customer;
import com.routebook.domain.customer.CustomerNumber;
import com.routebook.domain.customer.CustomerNumbers;
import com.routebook.domain.identifier.EAddress;
import com.routebook.domain.identifier.Identifier;
import com.routebook.domain.participant.Participant;
import com.routebook.domain.participant.ServiceProvider;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Rows accepted under older, looser rules (an E-address whose scheme has left the Peppol list, a
 * customer number today's format refuses, an identifier not in today's normal form) still load: the
 * mappers trust what was stored, and the application shows it. Changing such a customer checks the
 * new data under today's rules.
 */
@OnEachDatabase
class StoredUnderOlderRulesTest extends PersistenceTestBase {

  private static final String OLD_ADDRESS = "9999:OLD-ADDRESS-17";
  private static final String OLD_NUMBER = "OLD 17";

  @Test
  void a_customer_stored_under_older_rules_loads_and_is_shown() throws SQLException {
    ServiceProvider pagero = registry.addServiceProvider(ServiceProvider.named("Pagero"));
    Participant acme = registry.add(participant("Acme Paper AB", pagero));
    Customer added = directory.add(tenantA, customer(tenantA, acme, "A-1"));
    assertThatThrownBy(() -> EAddress.parse(OLD_ADDRESS)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> new CustomerNumber(OLD_NUMBER))
        .isInstanceOf(ValidationException.class);

    execute("UPDATE participant SET e_address = ? WHERE id = ?", OLD_ADDRESS, acme.id().value());
    execute(
        "INSERT INTO customer_number (tenant_id, number, customer_id, position)"
            + " VALUES (?, ?, ?, 1)",
        tenantA.value(),
        OLD_NUMBER,
        added.id().value());

    Participant loaded = registry.findById(acme.id()).orElseThrow();
    assertThat(loaded.eAddressText()).isEqualTo(OLD_ADDRESS);
    assertThat(loaded.eAddress().warnings()).singleElement().asString().contains("9999");
    Customer customer = directory.findById(tenantA, added.id()).orElseThrow();
    assertThat(customer.numbers().asStrings()).containsExactly("A-1", OLD_NUMBER);
    assertThat(directory.findByCustomerNumbers(tenantA, Set.of(CustomerNumber.stored(OLD_NUMBER))))
        .extracting(Customer::id)
        .containsExactly(added.id());

    CustomerDirectoryService service =
        new CustomerDirectoryService(
            directory,
            directorySearch,
            registry,
            auditTrail,
            InMemoryCurrentUser.editorOf(tenantA),
            new InMemoryClock(NOW));
    CustomerView shown = service.get(new GetCustomerQuery(added.id()));
    assertThat(shown.eAddress()).isEqualTo(OLD_ADDRESS);
    assertThat(shown.customerNumbers()).containsExactly("A-1", OLD_NUMBER);

    customer.replaceNumbers(CustomerNumbers.of("A-1", "A-2"), Fixtures.stamp());
    assertThat(directory.update(tenantA, customer).numbers().asStrings())
        .containsExactly("A-1", "A-2");
    assertThatThrownBy(() -> CustomerNumbers.parse("A-1, " + OLD_NUMBER))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void an_identifier_stored_in_an_older_normal_form_loads_as_stored() throws SQLException {
    ServiceProvider pagero = registry.addServiceProvider(ServiceProvider.named("Pagero"));
    Participant acme = registry.add(participant("Acme Paper AB", pagero));
    Identifier organizationNumber = acme.identifiers().get(0);
    String dashed =
        organizationNumber.value().substring(0, 6) + "-" + organizationNumber.value().substring(6);
    assertThatThrownBy(() -> new Identifier(organizationNumber.scheme(), dashed))
        .isInstanceOf(ValidationException.class);

    execute(
        "UPDATE participant_identifier SET normalized_value = ?"
            + " WHERE participant_id = ? AND position = 1",
        dashed,
        acme.id().value());

    Identifier stored = Identifier.stored(organizationNumber.scheme(), dashed);
    assertThat(registry.findById(acme.id()).orElseThrow().identifiers())
        .containsExactly(stored, acme.identifiers().get(1));
    assertThat(registrySearch.search(null, PageRequest.first()).items())
        .singleElement()
        .satisfies(row -> assertThat(row.identifiers()).contains(stored));
  }

  private void execute(String sql, String... values) throws SQLException {
    try (Connection connection = database.rawDataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setString(i + 1, values[i]);
      }
      assertThat(statement.executeUpdate()).isEqualTo(1);
    }
  }
}
