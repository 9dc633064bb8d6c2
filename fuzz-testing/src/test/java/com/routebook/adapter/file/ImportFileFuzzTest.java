package com.routebook.adapter.file;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.routebook.application.port.out.TransferFiles.FileFormat;
import com.routebook.application.port.out.TransferFiles.Row;
import com.routebook.application.port.out.TransferFiles.RowReader;
import com.routebook.application.port.out.TransferFiles.Upload;
import com.routebook.domain.ErrorCode;
import com.routebook.domain.ValidationException;
import java.io.ByteArrayInputStream;

/**
 * Fuzzes the import's file parser as an upload meets it: any bytes, stored ({@link
 * FileTransfer#store}) and read as CSV or as XLSX (the last byte of the input chooses), header and
 * every row to the end. It either reads rows, standing on growing lines, or refuses the file with
 * the domain's {@code INVALID_IMPORT_FILE}; any other exception is a finding. The upload's
 * temporary file is removed whatever happens.
 */
class ImportFileFuzzTest {

  private static final long MAX_BYTES = 1024 * 1024;

  private final FileTransfer files = new FileTransfer();

  @FuzzTest(maxDuration = "5s")
  void importFiles(FuzzedDataProvider data) {
    FileFormat format = data.consumeBoolean() ? FileFormat.XLSX : FileFormat.CSV;
    byte[] content = data.consumeRemainingAsBytes();
    Upload upload;
    try {
      upload = files.store(new ByteArrayInputStream(content), MAX_BYTES);
    } catch (ValidationException refused) {
      assertThat(content).isEmpty();
      assertThat(refused.code()).isEqualTo(ErrorCode.INVALID_IMPORT_FILE);
      return;
    }
    try (RowReader reader = files.read(format, upload)) {
      assertThat(reader.header()).isNotNull();
      long line = 1;
      for (Row row = reader.next(); row != null; row = reader.next()) {
        assertThat(row.line()).isGreaterThan(line);
        assertThat(row.cells()).isNotEmpty();
        line = row.line();
      }
    } catch (ValidationException refused) {
      assertThat(refused.code()).isEqualTo(ErrorCode.INVALID_IMPORT_FILE);
    } finally {
      upload.discard();
    }
  }
}
