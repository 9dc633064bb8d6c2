package com.routebook.adapter.rest.routing;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which stopped documents to resend: by id, all that a customer now matches, or by filter. */
@Schema(name = "Resend", description = "give documentIds, customerId or filter, only one of them")
public record ResendRequest(
    List<String> documentIds, String customerId, DocumentFilterRequest filter) {}
