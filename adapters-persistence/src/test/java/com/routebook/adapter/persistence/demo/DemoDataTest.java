package com.routebook.adapter.persistence.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.routebook.adapter.persistence.testing.OnEachDatabase;
import com.routebook.adapter.persistence.testing.PersistenceTestBase;
import com.routebook.application.port.Page;
import com.routebook.application.port.PageRequest;
import com.routebook.application.port.out.DirectorySearch.CustomerSummary;
import com.routebook.application.port.out.RegistrySearch.ParticipantSummary;
import com.routebook.domain.customer.CustomerState;
import com.routebook.domain.identifier.EAddress;
import com.routebook.domain.identifier.Identifier;
import com.routebook.domain.participant.Participant;
import com.routebook.domain.search.SearchPattern;
import com.routebook.domain.tenant.TenantId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The demo scripts load (twice, as a repeatable migration may run again) and every demo row reads
 * back through the domain: E-addresses and identifiers pass their schemes' check digits.
 */
@OnEachDatabase
class DemoDataTest extends PersistenceTestBase {

  static final TenantId DEMO = new TenantId("11111111-1111-4111-8111-111111111111");
  static final TenantId OTHER = new TenantId("22222222-2222-4222-8222-222222222222");

  @BeforeEach
  void loadDemoData() throws Exception {
    database.empty();
    for (int run = 0; run < 2; run++) {
      execute("db/demo/" + database.kind() + "/R__demo_1_tenants_and_users.sql");
      execute("db/demo/" + database.kind() + "/R__demo_2_directory.sql");
    }
  }

  @Test
  void every_demo_participant_has_valid_identifiers_and_e_address() {
    Page<ParticipantSummary> all = registrySearch.search(null, new PageRequest(0, 500));

    assertThat(all.total()).isEqualTo(6);
    for (ParticipantSummary row : all.items()) {
      Participant participant = registry.findById(row.id()).orElseThrow();
      assertThat(EAddress.parse(participant.eAddressText())).isEqualTo(participant.eAddress());
      for (Identifier identifier : participant.identifiers()) {
        assertThat(Identifier.of(identifier.scheme(), identifier.value(), participant.country()))
            .as(participant.name() + " " + identifier)
            .isEqualTo(identifier);
      }
      assertThat(participant.name()).doesNotContain("<", ">");
    }
    assertThat(all.items()).anyMatch(p -> p.serviceProviders().size() > 1);
    assertThat(all.items()).anyMatch(ParticipantSummary::nonExisting);
  }

  @Test
  void the_demo_tenants_have_customers_one_of_them_inactive() {
    Page<CustomerSummary> demo = directorySearch.search(DEMO, null, null, new PageRequest(0, 50));
    Page<CustomerSummary> other = directorySearch.search(OTHER, null, null, new PageRequest(0, 50));

    assertThat(demo.total()).isEqualTo(5);
    assertThat(demo.items()).anyMatch(e -> e.state() == CustomerState.INACTIVE);
    assertThat(demo.items()).allMatch(e -> !e.customerNumbers().isEmpty());
    assertThat(other.total()).isEqualTo(1);
  }

  @Test
  void a_contains_search_for_part_finds_demo_customers() {
    Page<CustomerSummary> found =
        directorySearch.search(
            DEMO, SearchPattern.parse("*part*", false), null, PageRequest.first());

    assertThat(found.items())
        .extracting(CustomerSummary::name)
        .containsExactly("Gamla Partihandeln AB", "Nordic Parts AS", "Partille Bygg AB");
  }

  private void execute(String resource) throws IOException, SQLException {
    String script;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    try (Connection connection = database.rawDataSource().getConnection();
        Statement statement = connection.createStatement()) {
      for (String sql : script.split(";\\s*\\n")) {
        String withoutComments = sql.replaceAll("(?m)^\\s*--.*$", "").strip();
        if (!withoutComments.isEmpty()) {
          statement.execute(withoutComments);
        }
      }
    }
  }
}
