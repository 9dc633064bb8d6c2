package com.routebook.application.port.in.transfer;

import com.routebook.application.port.Page;
import com.routebook.application.port.PageRequest;
import com.routebook.application.port.out.DirectoryImports.ImportRowResult;
import com.routebook.application.port.out.DirectoryImports.ImportSummary;
import com.routebook.application.port.out.TransferFiles.FileFormat;
import com.routebook.domain.Violation;
import com.routebook.domain.transfer.ImportId;
import com.routebook.domain.transfer.ImportMode;
import com.routebook.domain.transfer.ImportOutcome;
import java.io.InputStream;
import java.util.Objects;
import java.util.function.Function;

/**
 * Imports a file of customers into the caller's directory (editor), and reads imports back
 * (viewer). A file that is not one (format, encoding, columns, size, empty) is refused at once,
 * with nothing changed; the rows are then checked, and applied unless it is a dry run, in the
 * background: the import's status tells the progress. One import per tenant runs at a time.
 */
public interface ImportDirectoryUseCase {

  /**
   * Checks the file and starts its import.
   *
   * @throws com.routebook.domain.ValidationException {@code INVALID_IMPORT_FILE}
   * @throws com.routebook.domain.ConflictException {@code IMPORT_RUNNING}
   */
  ImportSummary start(StartImportCommand command);

  /**
   * Applies the file of a finished dry run (kept on the instance that ran it until applied or
   * replaced by the tenant's next dry run) as a new import.
   *
   * @throws com.routebook.domain.NotFoundException {@code IMPORT_NOT_FOUND} when no file of that
   *     dry run is kept
   * @throws com.routebook.domain.ConflictException {@code IMPORT_RUNNING}
   */
  ImportSummary apply(ImportId dryRunId, ImportMode mode);

  /** The import's status, counts and progress. */
  ImportSummary status(ImportId importId);

  /** A page of the import's rows, failed first then by line, optionally of one outcome. */
  Page<ImportRowResult> rows(ImportId importId, ImportOutcome outcome, PageRequest page);

  /**
   * The import's report (every row, failed first) as a file, each violation's text made by the
   * caller (the user's language).
   */
  FileContent report(ImportId importId, FileFormat format, Function<Violation, String> texts);

  /** The empty template with the import's columns. */
  FileContent template(FileFormat format);

  /** The file's content and format, whether to save anything, and what to do with failed rows. */
  record StartImportCommand(
      InputStream content, FileFormat format, boolean dryRun, ImportMode mode) {
    public StartImportCommand {
      Objects.requireNonNull(content, "content");
      Objects.requireNonNull(format, "format");
      Objects.requireNonNull(mode, "mode");
    }
  }
}
