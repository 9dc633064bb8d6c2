/**
 * Alerts of the customer directory: what changed in the public registry under a tenant's customer
 * (participant deactivated or reactivated, a provider removed, its E-address or identifiers
 * changed), raised for every tenant whose directory holds the participant and dismissed by editors.
 */
package com.routebook.domain.alert;
