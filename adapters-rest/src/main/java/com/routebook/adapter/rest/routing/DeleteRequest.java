package com.routebook.adapter.rest.routing;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which stopped documents to delete: by id, or every one a filter matches. */
@Schema(name = "DeleteDocuments", description = "give documentIds or filter, not both")
public record DeleteRequest(List<String> documentIds, DocumentFilterRequest filter) {}
