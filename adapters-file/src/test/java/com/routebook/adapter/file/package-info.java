/** Tests of the file adapter: CSV and XLSX both ways, and the files it refuses. */
package com.routebook.adapter.file;
