/**
 * Identifiers that name a company (organization number, VAT number, GLN, OVT, IBAN, E-address):
 * their normalized form and the format and check-digit rule of each scheme, including the Peppol
 * participant identifier scheme list that E-addresses are checked against.
 */
package com.routebook.domain.identifier;
