package com.routebook.adapter.file;

import com.routebook.application.port.out.TransferFiles;
import com.routebook.domain.Rule;
import com.routebook.domain.transfer.TransferColumn;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The files of import and export, by format. */
@ApplicationScoped
public class FileTransfer implements TransferFiles {

  @Override
  public RowWriter writer(FileFormat format, OutputStream out, List<String> header) {
    RowWriter writer =
        switch (format) {
          case CSV -> new CsvFiles.Writer(out);
          case XLSX -> new XlsxFiles.Writer(out);
        };
    writer.row(header);
    return writer;
  }

  @Override
  public Upload store(InputStream content, long maxBytes) {
    try {
      Path file = Files.createTempFile("routebook-import-", ".upload");
      long size = 0;
      try (OutputStream out = Files.newOutputStream(file)) {
        byte[] buffer = new byte[64 * 1024];
        int read;
        while ((read = content.read(buffer)) >= 0) {
          size += read;
          if (size > maxBytes) {
            throw TransferColumn.fileProblem(Rule.IMPORT_FILE_TOO_BIG, maxBytes / (1024 * 1024));
          }
          out.write(buffer, 0, read);
        }
      } catch (RuntimeException | IOException e) {
        Files.deleteIfExists(file);
        throw e;
      }
      if (size == 0) {
        Files.deleteIfExists(file);
        throw TransferColumn.fileProblem(Rule.IMPORT_FILE_EMPTY);
      }
      return new StoredUpload(file, size);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the upload", e);
    }
  }

  @Override
  public RowReader read(FileFormat format, Upload upload) {
    Path file = ((StoredUpload) upload).file();
    return switch (format) {
      case CSV -> CsvFiles.reader(file);
      case XLSX -> XlsxFiles.reader(file);
    };
  }

  /** An upload in a temporary file. */
  record StoredUpload(Path file, long size) implements Upload {
    @Override
    public void discard() {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
