package com.routebook.adapter.rest.routing;

import com.routebook.adapter.rest.common.DocumentResponse;
import com.routebook.application.port.Page;
import com.routebook.domain.routing.DocumentRecord;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of documents. */
@Schema(name = "DocumentPage")
public record DocumentPage(List<DocumentResponse> items, int page, int size, long total) {

  public static DocumentPage from(Page<DocumentRecord> page) {
    return new DocumentPage(
        page.items().stream().map(DocumentResponse::from).toList(),
        page.page(),
        page.size(),
        page.total());
  }
}
