/**
 * The adapter's tests of each outgoing port, written once as abstract classes and run by the {@code
 * H2*} and {@code Postgres*} subclasses against embedded H2 and real PostgreSQL.
 */
package com.routebook.adapter.persistence.contract;
