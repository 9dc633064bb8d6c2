package com.routebook.domain.routing;

/**
 * Why a document was stopped. The message shown to the sender (naming the document and what to do)
 * is each adapter's text for the reason.
 */
public enum StopReason {
  /** No reference matched a customer or a participant. */
  NO_MATCH,
  /** The matching customer is inactive: activate it and resend. */
  CUSTOMER_INACTIVE,
  /** The recipient has left the network ("Non existing"). */
  RECIPIENT_NON_EXISTING,
  /** Several active participants match: add the recipient as a customer. */
  AMBIGUOUS_RECIPIENT
}
