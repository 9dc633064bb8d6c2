package com.routebook.adapter.rest.routing;

import com.routebook.adapter.rest.common.DocumentResponse;
import com.routebook.adapter.rest.common.PageParams;
import com.routebook.application.port.Page;
import com.routebook.domain.routing.DocumentRecord;
import com.routebook.domain.routing.StopReason;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of documents, with the stopped ones of the whole filter counted per reason. */
@Schema(name = "DocumentPage")
@JsonbPropertyOrder({"items", "page", "size", "total", "counts"})
public record DocumentPage(
    List<DocumentResponse> items,
    int page,
    int size,
    long total,
    @Schema(
            description =
                "stopped documents of the whole filter per reason, every reason present, e.g."
                    + " {\"NO_MATCH\": 3, \"CUSTOMER_INACTIVE\": 0, ...}")
        Map<String, Long> counts) {

  public static DocumentPage from(Page<DocumentRecord> page, Map<StopReason, Long> counts) {
    Map<String, Long> byName = new LinkedHashMap<>();
    for (StopReason reason : StopReason.values()) {
      byName.put(reason.name(), counts.getOrDefault(reason, 0L));
    }
    return PageParams.answer(
        page,
        DocumentResponse::from,
        (items, number, size, total) -> new DocumentPage(items, number, size, total, byName));
  }
}
