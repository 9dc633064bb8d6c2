/**
 * Import and export of a customer directory: the columns of a file, what an import row may come to,
 * and how an import applies its rows. Reading and writing the files belongs to an adapter.
 */
package com.routebook.domain.transfer;
