package com.routebook.domain;

/**
 * The part of an input a {@link Violation} concerns, in the domain's words; each adapter names it
 * its own way (an API field, a form field).
 */
public enum Input {
  CUSTOMER,
  CUSTOMER_NUMBERS,
  CUSTOMER_NUMBER,
  SEARCH,
  E_ADDRESS,
  ORGANIZATION_NUMBER,
  VAT_NUMBER,
  GLN,
  OVT,
  IBAN,
  COUNTRY_CODE,
  COUNTRY,
  NAME,
  SERVICE_PROVIDERS,
  DEFAULT_SERVICE_PROVIDER,
  SERVICE_PROVIDER,
  DOCUMENT_ID,
  DOCUMENTS,
  DOCUMENT_FILTER,
  PAGE,
  PAGE_SIZE,
  USERNAME,
  ROLE,
  PASSWORD,
  CURRENT_PASSWORD,
  NEW_PASSWORD,
  FILE,
  STATE,
  SCOPES,
  EXPIRES_AT
}
