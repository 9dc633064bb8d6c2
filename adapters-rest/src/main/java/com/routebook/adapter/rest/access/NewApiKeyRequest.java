package com.routebook.adapter.rest.access;

import com.routebook.domain.ErrorCode;
import com.routebook.domain.Input;
import com.routebook.domain.Rule;
import com.routebook.domain.ValidationException;
import com.routebook.domain.Violation;
import com.routebook.domain.access.ApiKeyScope;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new API key: its name, its scopes (default routing and reading), when it expires (never). */
@Schema(name = "NewApiKey")
public record NewApiKeyRequest(
    @Schema(required = true) String name,
    @Schema(
            type = SchemaType.ARRAY,
            implementation = ApiKeyScope.class,
            description =
                "what the key may do: ROUTING, DIRECTORY_READ, DIRECTORY_WRITE, KEYS (manage"
                    + " keys); default ROUTING and DIRECTORY_READ; never more than the key that"
                    + " creates it holds")
        List<String> scopes,
    @Schema(
            format = "date-time",
            description = "when the key stops signing in (ISO-8601, after now); none: never")
        String expiresAt) {

  /** The scopes asked for; {@code null} when none are named (the default). */
  public Set<ApiKeyScope> scopeSet() {
    if (scopes == null) {
      return null;
    }
    Set<ApiKeyScope> parsed = EnumSet.noneOf(ApiKeyScope.class);
    for (String scope : scopes) {
      parsed.add(ApiKeyScope.parse(scope));
    }
    return parsed;
  }

  /** The expiry asked for; {@code null} for none. */
  public Instant expiry() {
    if (expiresAt == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(expiresAt.strip()).toInstant();
    } catch (DateTimeParseException e) {
      throw new ValidationException(
          ErrorCode.INVALID_API_KEY,
          Violation.of(Input.EXPIRES_AT, Rule.API_KEY_EXPIRY, expiresAt));
    }
  }
}
