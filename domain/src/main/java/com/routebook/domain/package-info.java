/**
 * Routebook's domain model, plain Java with no framework. Here: the error catalogue ({@link
 * com.routebook.domain.ErrorCode} for errors, {@link com.routebook.domain.Rule} for broken rules,
 * {@link com.routebook.domain.Input} for the part of an input they concern), the exceptions that
 * carry its entries with their arguments and no prose, and {@link com.routebook.domain.ErrorTexts},
 * which renders them from an adapter's bundle. The concepts of SPEC.md are in the sub-packages
 * (customer, participant, identifier, search, routing, tenant, access).
 */
package com.routebook.domain;
