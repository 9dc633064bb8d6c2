/**
 * Imports on plain JDBC: their status and rows ({@link JdbcDirectoryImports}), and their writes in
 * one transaction of their own ({@link JdbcImportWrites}: {@code COPY} on PostgreSQL, JDBC batches
 * on H2).
 */
package com.routebook.adapter.persistence.transfer;
