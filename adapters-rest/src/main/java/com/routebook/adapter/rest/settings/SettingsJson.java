package com.routebook.adapter.rest.settings;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The tenant's settings. */
@Schema(name = "Settings")
public record SettingsJson(
    @Schema(
            enumeration = {"OPEN", "CLOSED"},
            description =
                "OPEN: registry matches may reach any participant; CLOSED: only customers")
        String directoryMode) {}
