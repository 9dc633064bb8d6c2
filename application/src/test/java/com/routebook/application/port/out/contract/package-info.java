/**
 * Contract tests of the outgoing ports: abstract JUnit 5 classes that every adapter of a port (the
 * in-memory fakes here, the JPA adapters on H2 and PostgreSQL) runs by extending them.
 */
package com.routebook.application.port.out.contract;
