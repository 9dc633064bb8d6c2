/**
 * Test support outside the server: embedded H2 and PostgreSQL databases migrated by Flyway, a
 * RESOURCE_LOCAL entity manager over them, ports wrapped in one transaction per call, and statement
 * counting.
 */
package com.routebook.adapter.persistence.testing;
