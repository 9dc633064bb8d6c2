/**
 * The audit history of the customer directories in the database: one row per change, with the
 * customer before and after as a small JSON text.
 */
package com.routebook.adapter.persistence.audit;
