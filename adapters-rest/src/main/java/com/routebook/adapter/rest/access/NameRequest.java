package com.routebook.adapter.rest.access;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new named thing: a tenant. */
@Schema(name = "NameInput")
public record NameRequest(@Schema(required = true) String name) {}
