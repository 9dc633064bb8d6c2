package com.routebook.adapter.rest.access;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A user's own password change: the current password and the new one. */
@Schema(name = "PasswordChange")
public record PasswordChangeRequest(
    @Schema(required = true, format = "password") String currentPassword,
    @Schema(required = true, format = "password", description = "at least 12 characters")
        String newPassword) {}
