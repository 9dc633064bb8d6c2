/**
 * Import and export of the directory: {@code GET /customers/export} streams the file, {@code POST
 * /customers/imports} answers 202 with the import to poll, its rows, report and the template.
 */
package com.routebook.adapter.rest.transfer;
