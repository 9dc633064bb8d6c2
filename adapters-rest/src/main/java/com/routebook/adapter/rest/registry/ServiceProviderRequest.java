package com.routebook.adapter.rest.registry;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new service provider. */
@Schema(name = "ServiceProviderInput")
public record ServiceProviderRequest(@Schema(required = true) String name) {}
