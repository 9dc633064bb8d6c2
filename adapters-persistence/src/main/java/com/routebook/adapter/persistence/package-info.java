/**
 * The persistence adapter: JPA (EclipseLink) implementations of the application's outgoing ports,
 * on PostgreSQL or embedded H2. The schema is owned by Flyway ({@code schema}); no DDL is generated
 * by the JPA provider.
 */
package com.routebook.adapter.persistence;
