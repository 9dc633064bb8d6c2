package com.routebook.application.port.out;

import com.routebook.application.port.Page;
import com.routebook.application.port.PageRequest;
import com.routebook.domain.Explanation;
import com.routebook.domain.customer.Customer;
import com.routebook.domain.customer.CustomerId;
import com.routebook.domain.customer.CustomerState;
import com.routebook.domain.identifier.EAddress;
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
 * point order) then customer id, unless a {@link Query} asks for another order.
 */
public interface DirectorySearch {

  /** A page of the tenant's matching customers, with the total over all pages. */
  default Page<CustomerSummary> search(
      TenantId tenantId, SearchPattern pattern, CustomerState state, PageRequest page) {
    return search(tenantId, new Query(pattern, StateFilter.of(state), null, null, page));
  }

  /**
   * A page of the tenant's customers the query finds, filtered by its state, in its order, with the
   * total over all pages.
   */
  Page<CustomerSummary> search(TenantId tenantId, Query query);

  /**
   * What to list: the pattern ({@code null}: everything), a state filter ({@code null}: any), the
   * order ({@code null}: by name) and the language names are ordered in ({@code null}: code point
   * order; else a language tag such as {@code sv}: the language's alphabet, case ignored before it
   * decides), and the page. Ties are broken by name then customer id.
   */
  record Query(
      SearchPattern pattern, StateFilter state, Sort sort, String language, PageRequest page) {
    public Query {
      Objects.requireNonNull(page, "page");
      sort = sort == null ? Sort.NAME : sort;
    }
  }

  /** Which customers a list shows by their state and their participant's. */
  enum StateFilter {
    /** Active customers. */
    ACTIVE,
    /** Inactive customers. */
    INACTIVE,
    /** Customers whose participant is no longer in the network (red "Non existing" label). */
    NON_EXISTING,
    /**
     * Customers that need attention: the participant is non existing, or the chosen provider is no
     * longer offered by it.
     */
    NEEDS_ATTENTION;

    /** The filter of one customer state ({@code null} for none). */
    public static StateFilter of(CustomerState state) {
      return state == null ? null : valueOf(state.name());
    }
  }

  /**
   * The order of a list: by name, by state (ACTIVE before INACTIVE) or by the time of the last
   * change the directory stored, each ascending or descending ({@code _DESC}).
   */
  enum Sort {
    NAME,
    NAME_DESC,
    STATE,
    STATE_DESC,
    UPDATED_AT,
    UPDATED_AT_DESC;

    /** Whether the order is descending. */
    public boolean descending() {
      return name().endsWith("_DESC");
    }
  }

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

    /** Warnings about the E-address, e.g. its scheme is deprecated (none when it has none). */
    public List<Explanation> warnings() {
      return eAddress == null || eAddress.indexOf(':') <= 0
          ? List.of()
          : EAddress.stored(eAddress).warnings();
    }

    private static String valueOf(Participant participant, IdentifierScheme scheme) {
      return participant.identifier(scheme).map(Identifier::value).orElse(null);
    }
  }
}
