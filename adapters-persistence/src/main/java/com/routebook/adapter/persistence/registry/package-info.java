/**
 * The public customer registry in the database: participants with their identifiers (kept
 * normalized, the E-address among them, for exact look-ups and trigram search) and service
 * providers.
 */
package com.routebook.adapter.persistence.registry;
