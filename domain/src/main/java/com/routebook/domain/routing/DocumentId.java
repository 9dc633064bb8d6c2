package com.routebook.domain.routing;

/** The sender's id of a document (invoice or credit note), unique within a tenant. */
public record DocumentId(String value) {

  /** Longest document id. */
  public static final int MAX_LENGTH = 200;

  public DocumentId {
    if (value == null || value.isBlank() || value.strip().length() > MAX_LENGTH) {
      throw new com.routebook.domain.ValidationException(
          "INVALID_DOCUMENT",
          "documentId",
          "documentId must be 1 to " + MAX_LENGTH + " characters, was \"" + value + "\"");
    }
    value = value.strip();
  }

  @Override
  public String toString() {
    return value;
  }
}
