package com.routebook.domain.routing;

/**
 * What a registry match may reach: OPEN (the default) any participant, CLOSED only participants
 * that are customers in the tenant's directory.
 */
public enum DirectoryMode {
  OPEN,
  CLOSED
}
