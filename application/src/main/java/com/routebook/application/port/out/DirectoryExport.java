package com.routebook.application.port.out;

import com.routebook.application.port.PageRequest;
import com.routebook.application.port.out.DirectorySearch.Sort;
import com.routebook.application.port.out.DirectorySearch.StateFilter;
import com.routebook.domain.customer.CustomerState;
import com.routebook.domain.search.SearchPattern;
import com.routebook.domain.tenant.TenantId;
import java.util.List;
import java.util.function.Consumer;

/**
 * The read side of an export: a tenant's customers exactly as {@link DirectorySearch} lists them
 * for the same selection (the same rows, in the same order), each handed over as it is read from
 * the database, never all held at once. Only the given tenant's customers are ever read.
 */
public interface DirectoryExport {

  /** Hands every customer of the tenant the selection finds to sink, in the selection's order. */
  void forEach(TenantId tenantId, Selection selection, Consumer<ExportRow> sink);

  /**
   * What to export: the search's pattern ({@code null}: everything), state filter ({@code null}:
   * any), order ({@code null}: by name) and language of names ({@code null}: code point order), as
   * in {@link DirectorySearch.Query} but without a page.
   */
  record Selection(SearchPattern pattern, StateFilter state, Sort sort, String language) {
    public Selection {
      sort = sort == null ? Sort.NAME : sort;
    }

    /** Everything the pattern finds with the customer state, by name in code point order. */
    public static Selection of(SearchPattern pattern, CustomerState state) {
      return new Selection(pattern, StateFilter.of(state), null, null);
    }

    /** The search of one page of the same selection. */
    public DirectorySearch.Query page(PageRequest page) {
      return new DirectorySearch.Query(pattern, state, sort, language, page);
    }
  }

  /**
   * A customer as an export lists it: ids, the participant's name, E-address, organization and VAT
   * numbers ({@code null} when absent), the numbers in order, the chosen provider's id and the
   * state.
   */
  record ExportRow(
      String customerId,
      String name,
      String participantId,
      String eAddress,
      String organizationNumber,
      String vatNumber,
      List<String> customerNumbers,
      String serviceProviderId,
      CustomerState state) {
    public ExportRow {
      customerNumbers = List.copyOf(customerNumbers);
    }
  }
}
