package com.routebook.adapter.rest.routing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many stopped documents a delete removed. */
@Schema(name = "Deleted")
public record DeletedResponse(int deleted) {}
