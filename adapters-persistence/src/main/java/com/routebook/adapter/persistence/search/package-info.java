/**
 * The read side of search on plain JDBC: directory and registry search pages as result rows, each
 * page (rows and total) one SQL statement served by the trigram and lookup indexes of the
 * migrations, no JPA aggregate loaded.
 */
package com.routebook.adapter.persistence.search;
