/**
 * Routebook's domain model, plain Java with no framework: the shared error types live here, the
 * concepts of SPEC.md in the sub-packages (customer, participant, identifier, search, routing,
 * tenant).
 */
package com.routebook.domain;
