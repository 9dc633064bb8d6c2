package com.routebook.adapter.rest.directory;

import com.routebook.adapter.rest.common.PageParams;
import com.routebook.application.port.Page;
import com.routebook.application.port.out.DirectorySearch;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of customers, sorted by name then id. */
@Schema(name = "CustomerPage")
public record CustomerPage(List<CustomerSummary> items, int page, int size, long total) {

  public static CustomerPage from(Page<DirectorySearch.CustomerSummary> page) {
    return PageParams.answer(page, CustomerSummary::from, CustomerPage::new);
  }
}
