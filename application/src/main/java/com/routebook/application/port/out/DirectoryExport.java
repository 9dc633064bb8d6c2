package com.routebook.application.port.out;

import com.routebook.domain.customer.CustomerState;
import com.routebook.domain.search.SearchPattern;
import com.routebook.domain.tenant.TenantId;
import java.util.List;
import java.util.function.Consumer;

/**
 * The read side of an export: a tenant's customers found as {@link DirectorySearch} finds them,
 * each handed over as it is read from the database, never all held at once. Sorted by participant
 * name (code point order) then customer id. Only the given tenant's customers are ever read.
 */
public interface DirectoryExport {

  /** Hands every matching customer of the tenant to sink, in order. */
  void forEach(
      TenantId tenantId, SearchPattern pattern, CustomerState state, Consumer<ExportRow> sink);

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
