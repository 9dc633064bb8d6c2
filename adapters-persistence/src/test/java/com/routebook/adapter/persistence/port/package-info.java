/**
 * The application's port contracts ({@code com.routebook.application.port.out.contract}) run
 * against the JPA and JDBC adapters on embedded H2 and on PostgreSQL ({@code OnEachDatabase}), the
 * same contracts the in-memory fakes pass; what only PostgreSQL does (notifications) beside them.
 */
package com.routebook.adapter.persistence.port;
