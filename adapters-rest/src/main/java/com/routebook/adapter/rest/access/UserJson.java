package com.routebook.adapter.rest.access;

import com.routebook.domain.access.UserAccount;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A user account as shown: never its password. */
@Schema(name = "User")
public record UserJson(String id, String username, String role, String tenantId) {

  public static UserJson from(UserAccount user) {
    return new UserJson(
        user.id().value(),
        user.username(),
        user.role().name(),
        user.tenantId() == null ? null : user.tenantId().value());
  }
}
