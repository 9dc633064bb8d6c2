/**
 * Import and export of a customer directory: the export streams the directory's rows to a file; the
 * import checks a file's rows in chunks against every customer rule (set-based look-ups, one query
 * per chunk and kind) and applies them in one transaction.
 */
package com.routebook.application.service.transfer;
