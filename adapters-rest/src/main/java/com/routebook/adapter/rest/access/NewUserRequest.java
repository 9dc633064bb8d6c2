package com.routebook.adapter.rest.access;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new user of a tenant. */
@Schema(name = "UserInput")
public record NewUserRequest(
    @Schema(required = true, example = "jane.doe") String username,
    @Schema(required = true, format = "password") String password,
    @Schema(
            required = true,
            enumeration = {"VIEWER", "EDITOR"})
        String role) {}
