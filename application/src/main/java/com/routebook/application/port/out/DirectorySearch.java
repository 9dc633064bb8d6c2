package com.routebook.application.port.out;

import com.routebook.application.port.Page;
import com.routebook.application.port.PageRequest;
import com.routebook.domain.customer.Customer;
import com.routebook.domain.customer.CustomerId;
import com.routebook.domain.customer.CustomerState;
import com.routebook.domain.identifier.Identifier;
import com.routebook.domain.identifier.IdentifierScheme;
import com.routebook.domain.participant.Participant;
import com.routebook.domain.participant.ParticipantId;
import com.routebook.domain.participant.ServiceProvider;
import com.routebook.domain.search.SearchPattern;
import com.routebook.domain.tenant.TenantId;
import java.util.List;
import java.util.Objects;

/**
 * The read side of directory search: a page of one tenant's customers as the rows of a result list,
 * read in one query per page (the rows and the total), no aggregate and no rule. Only the given
 * tenant's customers are ever answered.
 *
 * <p>The pattern (when not {@code null}) is matched as SPEC.md's search says: against the
 * participant's name, its identifiers in normalized form, its E-address, the name of the provider
 * routing uses for the customer (the chosen one while the participant still offers it, else the
 * participant's default) and the customer's numbers; case sensitive unless the pattern says
 * otherwise. The state (when not {@code null}) filters. Rows are sorted by participant name (code
 * point order) then customer id.
 */
public interface DirectorySearch {

  /** A page of the tenant's matching customers, with the total over all pages. */
  Page<CustomerSummary> search(
      TenantId tenantId, SearchPattern pattern, CustomerState state, PageRequest page);

  /**
   * A customer as a result row shows it: the participant's name, E-address, organization and VAT
   * numbers ({@code null} when it has none), the customer's numbers in order, the provider routing
   * uses, the state, the red "Non existing" label and the version.
   */
  record CustomerSummary(
      CustomerId id,
      String name,
      ParticipantId participantId,
      String eAddress,
      String organizationNumber,
      String vatNumber,
      List<String> customerNumbers,
      ServiceProvider serviceProvider,
      CustomerState state,
      boolean nonExisting,
      long version) {

    public CustomerSummary {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(participantId, "participantId");
      Objects.requireNonNull(serviceProvider, "serviceProvider");
      Objects.requireNonNull(state, "state");
      customerNumbers = List.copyOf(customerNumbers);
    }

    /** The row of a customer and the participant it links to. */
    public static CustomerSummary of(Customer customer, Participant participant) {
      if (!customer.participantId().equals(participant.id())) {
        throw new IllegalArgumentException(
            "customer " + customer.id() + " does not link to participant " + participant.id());
      }
      return new CustomerSummary(
          customer.id(),
          participant.name(),
          participant.id(),
          participant.eAddressText(),
          valueOf(participant, IdentifierScheme.ORGANIZATION_NUMBER),
          valueOf(participant, IdentifierScheme.VAT),
          customer.numbers().asStrings(),
          customer.effectiveProvider(participant),
          customer.state(),
          participant.status().nonExisting(),
          customer.version());
    }

    private static String valueOf(Participant participant, IdentifierScheme scheme) {
      return participant.identifier(scheme).map(Identifier::value).orElse(null);
    }
  }
}
