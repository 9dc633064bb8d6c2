package com.routebook.domain.routing;

import com.routebook.domain.ErrorCode;
import com.routebook.domain.Input;
import com.routebook.domain.Rule;
import com.routebook.domain.ValidationException;
import com.routebook.domain.Violation;

/** The sender's id of a document (invoice or credit note), unique within a tenant. */
public record DocumentId(String value) {

  /** Longest document id. */
  public static final int MAX_LENGTH = 200;

  public DocumentId {
    if (value == null || value.isBlank() || value.strip().length() > MAX_LENGTH) {
      throw new ValidationException(
          ErrorCode.INVALID_DOCUMENT,
          Violation.of(Input.DOCUMENT_ID, Rule.DOCUMENT_ID_LENGTH, MAX_LENGTH, value));
    }
    value = value.strip();
  }

  @Override
  public String toString() {
    return value;
  }
}
