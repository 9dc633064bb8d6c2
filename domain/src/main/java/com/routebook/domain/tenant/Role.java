package com.routebook.domain.tenant;

/**
 * What a user may do: a viewer searches, reads and tests routing; an editor also changes the
 * directory and resends documents; a network administrator maintains the public registry only.
 */
public enum Role {
  VIEWER,
  EDITOR,
  NETWORK_ADMIN
}
