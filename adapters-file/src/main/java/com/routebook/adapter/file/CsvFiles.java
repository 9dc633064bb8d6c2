package com.routebook.adapter.file;

import com.routebook.application.port.out.TransferFiles.Row;
import com.routebook.application.port.out.TransferFiles.RowReader;
import com.routebook.application.port.out.TransferFiles.RowWriter;
import com.routebook.domain.Rule;
import com.routebook.domain.ValidationException;
import com.routebook.domain.transfer.TransferColumn;
import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV as RFC 4180 (comma, double quotes, CRLF), UTF-8 with a byte order mark when written (Excel
 * takes a file without it for the machine's code page) and with or without it when read; a file
 * that is not UTF-8 or not separated by commas is refused as a whole.
 */
final class CsvFiles {

  private static final char BOM = '\uFEFF';

  private CsvFiles() {}

  /**
   * Writes rows as they come, quoted as Commons CSV's {@code RFC4180} printer quotes them (so files
   * stay byte for byte what they were; {@code CsvFilesTest} compares both): a field in double
   * quotes when it holds a comma, a double quote (doubled inside), CR or LF, starts with a
   * character up to {@code #} or ends with one up to a space, or is empty and first on its line;
   * {@code null} as an empty field, never quoted. Written here rather than by the printer, which
   * was two thirds of an export's Java time (a million rows).
   */
  static final class Writer implements RowWriter {
    private final java.io.Writer text;

    Writer(OutputStream out) {
      try {
        text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        text.write(BOM);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void row(List<String> cells) {
      try {
        for (int i = 0; i < cells.size(); i++) {
          if (i > 0) {
            text.write(',');
          }
          String cell = cells.get(i);
          if (cell != null) {
            field(cell, i == 0);
          }
        }
        text.write("\r\n");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private void field(String value, boolean first) throws IOException {
      if (!quoted(value, first)) {
        text.write(value);
        return;
      }
      text.write('"');
      int from = 0;
      for (int quote = value.indexOf('"'); quote >= 0; quote = value.indexOf('"', from)) {
        text.write(value, from, quote + 1 - from);
        text.write('"');
        from = quote + 1;
      }
      text.write(value, from, value.length() - from);
      text.write('"');
    }

    /** Whether the field is written in quotes (see the class). */
    private static boolean quoted(String value, boolean first) {
      int length = value.length();
      if (length == 0) {
        return first;
      }
      if (value.charAt(0) <= '#') {
        return true;
      }
      for (int i = 0; i < length; i++) {
        char c = value.charAt(i);
        if (c == ',' || c == '"' || c == '\r' || c == '\n') {
          return true;
        }
      }
      return value.charAt(length - 1) <= ' ';
    }

    @Override
    public void close() {
      try {
        text.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  static RowReader reader(Path file) {
    try {
      InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
      Reader text =
          new InputStreamReader(
              in,
              StandardCharsets.UTF_8
                  .newDecoder()
                  .onMalformedInput(CodingErrorAction.REPORT)
                  .onUnmappableCharacter(CodingErrorAction.REPORT));
      CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get().parse(text);
      return new CsvReader(parser);
    } catch (IOException e) {
      throw problem(e);
    }
  }

  private static ValidationException problem(Throwable e) {
    Throwable cause = e;
    while (cause != null) {
      if (cause instanceof CharacterCodingException) {
        return TransferColumn.fileProblem(Rule.IMPORT_FILE_ENCODING);
      }
      cause = cause.getCause();
    }
    return TransferColumn.fileProblem(Rule.IMPORT_FILE_UNREADABLE);
  }

  /** Reads records after the header; a delimiter other than the comma is told from the header. */
  private static final class CsvReader implements RowReader {
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;

    CsvReader(CSVParser parser) {
      this.parser = parser;
      try {
        this.records = parser.iterator();
        if (!records.hasNext()) {
          close();
          throw TransferColumn.fileProblem(Rule.IMPORT_FILE_EMPTY);
        }
        List<String> first = cells(records.next());
        if (!first.isEmpty() && !first.get(0).isEmpty() && first.get(0).charAt(0) == BOM) {
          first.set(0, first.get(0).substring(1));
        }
        if (first.size() == 1) {
          String only = first.get(0);
          for (String delimiter : List.of(";", "\t", "|")) {
            if (only.contains(delimiter)) {
              close();
              throw TransferColumn.fileProblem(
                  Rule.IMPORT_FILE_DELIMITER, delimiter.equals("\t") ? "TAB" : delimiter);
            }
          }
        }
        this.header = first;
      } catch (UncheckedIOException | IllegalStateException e) {
        close();
        throw problem(e);
      }
    }

    @Override
    public List<String> header() {
      return header;
    }

    @Override
    public Row next() {
      try {
        while (records.hasNext()) {
          CSVRecord record = records.next();
          List<String> cells = cells(record);
          if (cells.stream().anyMatch(c -> !c.isBlank())) {
            return new Row(record.getRecordNumber(), cells);
          }
        }
        return null;
      } catch (UncheckedIOException | IllegalStateException e) {
        throw problem(e);
      }
    }

    private static List<String> cells(CSVRecord record) {
      List<String> cells = new ArrayList<>(record.size());
      record.forEach(cells::add);
      return cells;
    }

    @Override
    public void close() {
      try {
        parser.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
