package com.routebook.domain.customer;

/** The kinds of change kept in a customer's audit history. */
public enum CustomerAction {
  CREATED,
  NUMBERS_REPLACED,
  PROVIDER_CHOSEN,
  ACTIVATED,
  DEACTIVATED,
  DELETED,
  /** Pointed at another participant of the registry (numbers, state and history kept). */
  RELINKED
}
