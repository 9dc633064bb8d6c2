package com.routebook.domain.identifier;

/**
 * The national organization numbers whose rule (length, check digits) is checked; elsewhere an
 * organization number is letters and digits only. Errors name the number by its rule.
 */
public enum OrganizationNumberRule {
  SE,
  NO,
  FI,
  DK,
  BE
}
