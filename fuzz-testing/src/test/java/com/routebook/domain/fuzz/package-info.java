/**
 * Fuzz tests (Jazzer, JUnit 5): the parsers of what callers type, given any text, answer a value or
 * the domain's own refusal, never another failure, and keep their round trips.
 */
package com.routebook.domain.fuzz;
