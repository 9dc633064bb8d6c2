package com.routebook.adapter.rest.routing;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which stopped documents to resend: by id, or all that a customer now matches. */
@Schema(name = "Resend", description = "give documentIds or customerId, not both")
public record ResendRequest(List<String> documentIds, String customerId) {}
