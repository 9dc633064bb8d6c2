/**
 * The tenant's customer directory: customers with their customer numbers, chosen service provider,
 * state and the changes kept for the audit history.
 */
package com.routebook.domain.customer;
