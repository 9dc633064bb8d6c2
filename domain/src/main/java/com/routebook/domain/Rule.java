package com.routebook.domain;

/**
 * The catalogue of rules an input can break, each with the number of arguments its {@link Breach}
 * carries ({@link #arity()}); adapters keep the text of each in their bundles. Arguments are listed
 * in order in the comments.
 */
public enum Rule {
  // customer and its numbers
  /** A customer names its participant by id or by E-address, one of the two. */
  PARTICIPANT_OR_E_ADDRESS(0),
  CUSTOMER_NUMBERS_REQUIRED(0),
  /** Most allowed, count given. */
  CUSTOMER_NUMBERS_TOO_MANY(2),
  CUSTOMER_NUMBER_EMPTY(0),
  /** Number, longest allowed, its length. */
  CUSTOMER_NUMBER_TOO_LONG(3),
  /** Number. */
  CUSTOMER_NUMBER_CHARACTERS(1),
  /** Number. */
  CUSTOMER_NUMBER_TWICE(1),
  /** Participant's name, provider id. */
  PROVIDER_NOT_REGISTERED(2),

  // search
  SEARCH_EMPTY(0),

  // identifiers: the identifier's breaches, whose reason is one of the rules further down
  /** Label ({@link com.routebook.domain.identifier.IdentifierScheme}). */
  IDENTIFIER_REQUIRED(1),
  /** Label, value. */
  IDENTIFIER_NOT_NORMALIZED(2),
  /** Label (a scheme or a national rule), value as given, reason ({@link Breach}). */
  IDENTIFIER_INVALID(3),
  /** Country code as given, label of the identifier checked. */
  COUNTRY_CODE_SHAPE(2),

  // reasons why an identifier value is invalid
  /** Number of digits. */
  DIGITS(1),
  LETTERS_AND_DIGITS(0),
  FINNISH_BUSINESS_ID_SHAPE(0),
  BELGIAN_NUMBER_SHAPE(0),
  /** The expected digit. */
  CHECK_DIGIT(1),
  /** The expected two digits. */
  CHECK_DIGITS(1),
  NO_CHECK_DIGIT(0),
  OVT_SHAPE(0),
  LEGACY_OVT_SHAPE(0),
  /** Reason ({@link Breach}) of the business id inside an OVT. */
  BUSINESS_ID(1),
  VAT_PREFIX_MISSING(0),
  VAT_PREFIX_GREEK(0),
  /** Prefix given. */
  VAT_PREFIX_UNKNOWN(1),
  /** Prefix, shape ({@link com.routebook.domain.identifier.VatShape}). */
  VAT_SHAPE(2),
  /** The expected key. */
  VAT_KEY(1),
  IBAN_SHAPE(0),
  /** Country code. */
  IBAN_COUNTRY(1),
  /** Expected length, country code, length given. */
  IBAN_LENGTH(3),
  LEI_SHAPE(0),
  LEI_CHECK_DIGITS(0),
  /** Regular expression, scheme. */
  SCHEME_PATTERN(2),
  E_ADDRESS_SHAPE(0),
  E_ADDRESS_VALUE(0),
  /** ICD. */
  E_ADDRESS_UNKNOWN_SCHEME(1),

  // participants and providers
  /** Name given. */
  NAME_BLANK(1),
  /** Longest allowed, name given. */
  NAME_LENGTH(2),
  /** Country given. */
  COUNTRY_SHAPE(1),
  E_ADDRESS_REQUIRED(0),
  PROVIDERS_REQUIRED(0),
  PROVIDER_TWICE(0),
  /** Default provider id given. */
  DEFAULT_PROVIDER_NOT_LISTED(1),
  /** Provider id given. */
  PROVIDER_UNKNOWN(1),

  // documents and paging
  /** Longest allowed, id given. */
  DOCUMENT_ID_LENGTH(2),
  /** Most allowed, count given. */
  DOCUMENTS_COUNT(2),
  /** Most resent in one call, count matching. */
  RESEND_COUNT(2),
  /** Page given. */
  PAGE_NEGATIVE(1),
  /** Largest allowed, size given. */
  PAGE_SIZE_RANGE(2),

  // import files and their rows
  IMPORT_FILE_EMPTY(0),
  /** Largest allowed in megabytes. */
  IMPORT_FILE_TOO_BIG(1),
  IMPORT_FILE_ENCODING(0),
  /** The delimiter the header seems to use. */
  IMPORT_FILE_DELIMITER(1),
  IMPORT_FILE_UNREADABLE(0),
  /** Column name. */
  IMPORT_COLUMN_MISSING(1),
  /** Column name as given. */
  IMPORT_COLUMN_UNKNOWN(1),
  /** Column name. */
  IMPORT_COLUMN_TWICE(1),
  /** Most rows allowed, rows given. */
  IMPORT_TOO_MANY_ROWS(2),
  /** A row names its participant by E-address, organization number or VAT number. */
  IMPORT_PARTICIPANT_REFERENCE(0),
  /** The reference as given. */
  IMPORT_PARTICIPANT_UNKNOWN(1),
  /** The reference as given, how many participants carry it. */
  IMPORT_PARTICIPANT_AMBIGUOUS(2),
  /** The line that names the same participant first. */
  IMPORT_PARTICIPANT_TWICE(1),
  /** Number, the line that holds it first. */
  IMPORT_NUMBER_TWICE(2),
  /** Number. */
  IMPORT_NUMBER_HELD(1),
  /** State as given. */
  IMPORT_STATE_UNKNOWN(1),
  /** Service provider as given (name or id), participant's name. */
  IMPORT_PROVIDER_NOT_OFFERED(2),

  // access
  /** Username given. */
  USERNAME_SHAPE(1),
  ADMIN_WITHOUT_TENANT(0),
  /** Role. */
  ROLE_NEEDS_TENANT(1),
  /** Shortest allowed. */
  PASSWORD_TOO_SHORT(1),
  /** The current password given with a password change is not the user's. */
  CURRENT_PASSWORD_WRONG(0),
  /** The new password is the current one. */
  PASSWORD_UNCHANGED(0),
  /** The caller is no user with a password (an API key). */
  NOT_A_USER(0),
  /** Role given. */
  TENANT_USER_ROLE(1),
  /** Username, role ({@link com.routebook.domain.tenant.Role}). */
  LACKS_ROLE(2),
  /** Username. */
  NO_TENANT(1),
  NOT_SIGNED_IN(0),
  /** Scope as given. */
  API_KEY_SCOPE_UNKNOWN(1),
  API_KEY_SCOPES_EMPTY(0),
  /** Expiry as given. */
  API_KEY_EXPIRY(1),
  /** Username, scope ({@link com.routebook.domain.access.ApiKeyScope}). */
  LACKS_SCOPE(2),
  /** The scopes asked for that the key itself does not hold. */
  SCOPES_WIDER(1),
  /** Username (of the key). */
  USERS_ONLY(1);

  private final int arity;

  Rule(int arity) {
    this.arity = arity;
  }

  /** How many arguments a breach of this rule carries. */
  public int arity() {
    return arity;
  }
}
