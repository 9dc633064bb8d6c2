package com.routebook.adapter.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.routebook.application.port.out.TransferFiles.FileFormat;
import com.routebook.application.port.out.TransferFiles.Row;
import com.routebook.application.port.out.TransferFiles.RowReader;
import com.routebook.application.port.out.TransferFiles.RowWriter;
import com.routebook.application.port.out.TransferFiles.Upload;
import com.routebook.domain.Rule;
import com.routebook.domain.ValidationException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class FileTransferTest {

  private final FileTransfer files = new FileTransfer();

  private byte[] write(FileFormat format, List<List<String>> rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RowWriter writer = files.writer(format, out, rows.get(0))) {
      rows.subList(1, rows.size()).forEach(writer::row);
    }
    return out.toByteArray();
  }

  private List<List<String>> read(FileFormat format, byte[] content) {
    Upload upload = files.store(new ByteArrayInputStream(content), 1024 * 1024);
    try (RowReader reader = files.read(format, upload)) {
      List<List<String>> rows = new ArrayList<>();
      rows.add(reader.header());
      for (Row row = reader.next(); row != null; row = reader.next()) {
        rows.add(row.cells());
      }
      return rows;
    } finally {
      upload.discard();
    }
  }

  private static Rule ruleOf(Throwable e) {
    return ((ValidationException) e).violations().get(0).rule();
  }

  private static final List<List<String>> TABLE =
      List.of(
          List.of("name", "customerNumbers", "eAddress"),
          List.of("Åkerlund & Söner AB", "A-1, B-2", "0007:5560360793"),
          List.of("Quote \"and\" comma, AB", "C-3", "0088:7300010000001"));

  @Test
  void csv_is_utf8_with_a_byte_order_mark_and_reads_back_as_written() {
    byte[] csv = write(FileFormat.CSV, TABLE);

    assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    assertThat(new String(csv, StandardCharsets.UTF_8))
        .contains("Åkerlund & Söner AB")
        .contains("\"A-1, B-2\"");
    assertThat(read(FileFormat.CSV, csv)).isEqualTo(TABLE);
  }

  @Test
  void xlsx_reads_back_as_written() {
    byte[] xlsx = write(FileFormat.XLSX, TABLE);

    assertThat(xlsx).startsWith((byte) 'P', (byte) 'K');
    assertThat(read(FileFormat.XLSX, xlsx)).isEqualTo(TABLE);
  }

  @Test
  void rows_keep_their_line_and_blank_rows_are_skipped() {
    byte[] csv =
        "eAddress,customerNumbers\r\n\r\n0007:1,A\r\n,\r\n0007:2,B\r\n"
            .getBytes(StandardCharsets.UTF_8);
    Upload upload = files.store(new ByteArrayInputStream(csv), 1024);
    try (RowReader reader = files.read(FileFormat.CSV, upload)) {
      assertThat(reader.next().line()).isEqualTo(2);
      assertThat(reader.next().cells()).containsExactly("0007:2", "B");
      assertThat(reader.next()).isNull();
    }
  }

  @Test
  void xlsx_rows_without_their_number_follow_the_row_before() {
    byte[] xlsx = withSheet(write(FileFormat.XLSX, TABLE), sheet -> sheet.replace(" r=\"3\"", ""));
    Upload upload = files.store(new ByteArrayInputStream(xlsx), 1024 * 1024);
    try (RowReader reader = files.read(FileFormat.XLSX, upload)) {
      assertThat(reader.next().line()).isEqualTo(2);
      Row third = reader.next();
      assertThat(third.line()).isEqualTo(3);
      assertThat(third.cells()).isEqualTo(TABLE.get(2));
      assertThat(reader.next()).isNull();
    } finally {
      upload.discard();
    }
  }

  @Test
  void xlsx_rows_out_of_order_are_refused_as_unreadable() {
    // A sheet no spreadsheet writes (a finding of ImportFileFuzzTest): the third row numbered 1,
    // which would give two rows one line in the import's report.
    byte[] xlsx =
        withSheet(
            write(FileFormat.XLSX, TABLE), sheet -> sheet.replace("<row r=\"3\"", "<row r=\"1\""));
    assertThatThrownBy(() -> read(FileFormat.XLSX, xlsx))
        .satisfies(e -> assertThat(ruleOf(e)).isEqualTo(Rule.IMPORT_FILE_UNREADABLE));
  }

  /** The workbook with its first sheet's XML changed by edit (checked to change it). */
  private static byte[] withSheet(byte[] xlsx, UnaryOperator<String> edit) {
    try {
      Path file = Files.createTempFile("routebook-sheet-", ".xlsx");
      try {
        Files.write(file, xlsx);
        try (FileSystem zip = FileSystems.newFileSystem(file)) {
          Path sheet = zip.getPath("xl/worksheets/sheet1.xml");
          String before = Files.readString(sheet);
          String after = edit.apply(before);
          assertThat(after).isNotEqualTo(before);
          Files.writeString(sheet, after);
        }
        return Files.readAllBytes(file);
      } finally {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void a_file_separated_by_semicolons_is_refused_naming_the_delimiter() {
    byte[] csv = "eAddress;customerNumbers\n0007:1;A\n".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> read(FileFormat.CSV, csv))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(ruleOf(e)).isEqualTo(Rule.IMPORT_FILE_DELIMITER);
              assertThat(e.violations().get(0).breach().arguments()).containsExactly(";");
            });
  }

  @Test
  void a_file_that_is_not_utf8_is_refused() {
    byte[] latin1 =
        "eAddress,customerNumbers\n0007:1,Åkerlund\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> read(FileFormat.CSV, latin1))
        .satisfies(e -> assertThat(ruleOf(e)).isEqualTo(Rule.IMPORT_FILE_ENCODING));
  }

  @Test
  void an_empty_file_one_over_the_limit_and_a_broken_workbook_are_refused() {
    assertThatThrownBy(() -> files.store(new ByteArrayInputStream(new byte[0]), 10))
        .satisfies(e -> assertThat(ruleOf(e)).isEqualTo(Rule.IMPORT_FILE_EMPTY));
    assertThatThrownBy(() -> files.store(new ByteArrayInputStream(new byte[11]), 10))
        .satisfies(e -> assertThat(ruleOf(e)).isEqualTo(Rule.IMPORT_FILE_TOO_BIG));
    byte[] notXlsx = "eAddress,customerNumbers\n".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> read(FileFormat.XLSX, notXlsx))
        .satisfies(e -> assertThat(ruleOf(e)).isEqualTo(Rule.IMPORT_FILE_UNREADABLE));
    assertThatThrownBy(() -> read(FileFormat.CSV, "\r\n\r\n".getBytes(StandardCharsets.UTF_8)))
        .satisfies(e -> assertThat(ruleOf(e)).isEqualTo(Rule.IMPORT_FILE_EMPTY));
  }
}
