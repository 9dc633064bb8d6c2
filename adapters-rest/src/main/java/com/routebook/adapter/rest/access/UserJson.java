package com.routebook.adapter.rest.access;

import com.routebook.domain.access.UserAccount;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A user account as shown: never its password; {@code disabled} when it may not sign in. */
@Schema(name = "User")
public record UserJson(String id, String username, String role, String tenantId, boolean disabled) {

  public static UserJson from(UserAccount user) {
    return new UserJson(
        user.id().value(),
        user.username(),
        user.role().name(),
        user.tenantId() == null ? null : user.tenantId().value(),
        user.disabled());
  }
}
