/**
 * The database schema: Flyway migrations run at application start, before anything is served, and
 * the readiness check that waits for them.
 */
package com.routebook.adapter.persistence.schema;
