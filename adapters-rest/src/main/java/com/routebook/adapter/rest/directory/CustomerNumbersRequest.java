package com.routebook.adapter.rest.directory;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A customer's new numbers. */
@Schema(name = "CustomerNumbers")
public record CustomerNumbersRequest(
    @Schema(
            description = "a JSON array of strings, or one comma-separated string",
            oneOf = {String[].class, String.class},
            example = "\"A-1, B-2\"")
        Object customerNumbers) {}
