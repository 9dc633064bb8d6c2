/**
 * Functions of the embedded H2 database, called from SQL: {@link
 * com.routebook.adapter.persistence.h2.NameCollation} orders names in a language. This package is
 * its own jar, deployed beside the H2 driver in the server's {@code jdbc} library, so that H2's
 * class loader finds it; it uses the JDK only and nothing of the application.
 */
package com.routebook.adapter.persistence.h2;
