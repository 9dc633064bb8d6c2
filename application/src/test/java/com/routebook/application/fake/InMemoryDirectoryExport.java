package com.routebook.application.fake;

import com.routebook.application.port.PageRequest;
import com.routebook.application.port.out.DirectoryExport;
import com.routebook.application.port.out.DirectorySearch.CustomerSummary;
import com.routebook.domain.customer.Customer;
import com.routebook.domain.tenant.TenantId;
import java.util.function.Consumer;

/** The export's rows from the in-memory search, page after page, and the in-memory directory. */
public class InMemoryDirectoryExport implements DirectoryExport {

  private final InMemoryDirectorySearch search;
  private final InMemoryCustomerDirectory directory;

  public InMemoryDirectoryExport(
      InMemoryDirectorySearch search, InMemoryCustomerDirectory directory) {
    this.search = search;
    this.directory = directory;
  }

  @Override
  public void forEach(TenantId tenantId, Selection selection, Consumer<ExportRow> sink) {
    int page = 0;
    while (true) {
      var found =
          search.search(tenantId, selection.page(new PageRequest(page, PageRequest.MAX_SIZE)));
      for (CustomerSummary summary : found.items()) {
        Customer customer = directory.findById(tenantId, summary.id()).orElseThrow();
        sink.accept(
            new ExportRow(
                summary.id().value(),
                summary.name(),
                summary.participantId().value(),
                summary.eAddress(),
                summary.organizationNumber(),
                summary.vatNumber(),
                summary.customerNumbers(),
                customer.serviceProviderId().value(),
                summary.state()));
      }
      if ((long) (page + 1) * PageRequest.MAX_SIZE >= found.total()) {
        return;
      }
      page++;
    }
  }
}
