package com.routebook.adapter.rest.routing;

import com.routebook.adapter.rest.common.DocumentReferenceJson;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 1 to 10,000 documents to route in one call. */
@Schema(name = "RouteDocuments")
public record RouteDocumentsRequest(
    @Schema(minItems = 1, maxItems = 10_000) List<DocumentReferenceJson> documents) {}
