/**
 * The file adapter: CSV through Apache Commons CSV (UTF-8 with a byte order mark, so that Excel
 * reads Swedish characters right), XLSX through Apache POI, written with its streaming workbook and
 * read as a stream of the sheet's XML; uploads kept in temporary files.
 */
package com.routebook.adapter.file;
