package com.routebook.domain.identifier;

import com.routebook.domain.Input;

/** The kinds of identifier that name a company. */
public enum IdentifierScheme {
  ORGANIZATION_NUMBER(Input.ORGANIZATION_NUMBER),
  VAT(Input.VAT_NUMBER),
  GLN(Input.GLN),
  OVT(Input.OVT),
  IBAN(Input.IBAN),
  E_ADDRESS(Input.E_ADDRESS);

  private final Input input;

  IdentifierScheme(Input input) {
    this.input = input;
  }

  /** The part of an input that holds an identifier of this scheme, named by its violations. */
  public Input input() {
    return input;
  }
}
