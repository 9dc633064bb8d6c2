/**
 * The application's port contracts ({@code com.routebook.application.port.out.contract}) run
 * against the JPA adapters on embedded H2 and on PostgreSQL, the same contracts the in-memory fakes
 * pass.
 */
package com.routebook.adapter.persistence.port;
