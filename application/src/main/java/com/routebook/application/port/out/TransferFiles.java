package com.routebook.application.port.out;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * Reading and writing the files of import and export (CSV: UTF-8 with a byte order mark, comma
 * separated, a header row; XLSX: one sheet, the header in its first row). Writing streams: rows go
 * to the output as they come. An upload is stored once and read as often as needed.
 */
public interface TransferFiles {

  /** The formats a directory file comes in. */
  enum FileFormat {
    CSV,
    XLSX
  }

  /** Starts a file on out with its header row; closing the writer ends the file, not out. */
  RowWriter writer(FileFormat format, OutputStream out, List<String> header);

  /**
   * Keeps an uploaded file for reading.
   *
   * @throws com.routebook.domain.ValidationException {@code INVALID_IMPORT_FILE} when it is empty
   *     or larger than maxBytes
   */
  Upload store(InputStream content, long maxBytes);

  /**
   * Opens a stored upload: its header row, then its rows.
   *
   * @throws com.routebook.domain.ValidationException {@code INVALID_IMPORT_FILE} when it is not a
   *     file of the format (not UTF-8, another delimiter than the comma, not a workbook), also on
   *     {@link RowReader#next()}
   */
  RowReader read(FileFormat format, Upload upload);

  /** Writes rows, one list of cells each. */
  interface RowWriter extends AutoCloseable {
    void row(List<String> cells);

    @Override
    void close();
  }

  /** A stored upload. */
  interface Upload {
    /** Its size in bytes. */
    long size();

    /** Removes it. */
    void discard();
  }

  /** Reads a file's rows after its header. */
  interface RowReader extends AutoCloseable {
    /** The header row's cells. */
    List<String> header();

    /** The next row that is not blank, or {@code null} at the end. */
    Row next();

    @Override
    void close();
  }

  /** A row and the line (CSV record or sheet row, counted from 1 with the header) it stands on. */
  record Row(long line, List<String> cells) {
    public Row {
      cells = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(cells));
    }

    /** The cell at position, stripped; empty when absent. */
    public String cell(Integer position) {
      if (position == null || position >= cells.size() || cells.get(position) == null) {
        return "";
      }
      return cells.get(position).strip();
    }
  }
}
