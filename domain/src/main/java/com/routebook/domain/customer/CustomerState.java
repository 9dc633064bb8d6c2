package com.routebook.domain.customer;

/** Whether a customer is used for routing (ACTIVE) or kept aside (INACTIVE). */
public enum CustomerState {
  ACTIVE,
  INACTIVE
}
