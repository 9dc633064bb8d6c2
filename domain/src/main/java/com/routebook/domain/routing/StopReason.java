package com.routebook.domain.routing;

/** Why a document was stopped, with the message shown to the sender. */
public enum StopReason {
  NO_MATCH(
      "Recipient of document %s did not match any recipient in the public customer registry or in"
          + " your customer directory. Verify that the recipient is added to your customer"
          + " directory"),
  CUSTOMER_INACTIVE(
      "Recipient of document %s is an inactive customer in your customer directory. Activate the"
          + " customer and resend the document"),
  RECIPIENT_NON_EXISTING(
      "Recipient of document %s no longer exists in the network (Non existing). Contact your"
          + " customer about its current E-address"),
  AMBIGUOUS_RECIPIENT(
      "Recipient of document %s matches several participants in the public customer registry."
          + " Add the recipient to your customer directory and use its customer number");

  private final String template;

  StopReason(String template) {
    this.template = template;
  }

  /** The message for a document, naming its id. */
  public String message(DocumentId documentId) {
    return String.format(template, documentId.value());
  }
}
