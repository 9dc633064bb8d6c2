package com.routebook.adapter.rest.directory;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The service provider chosen for a customer. */
@Schema(name = "ServiceProviderChoice")
public record ServiceProviderChoice(
    @Schema(description = "one of the participant's providers") String serviceProviderId) {}
