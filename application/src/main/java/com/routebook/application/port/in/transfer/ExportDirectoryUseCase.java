package com.routebook.application.port.in.transfer;

import com.routebook.application.port.out.TransferFiles.FileFormat;
import com.routebook.domain.customer.CustomerState;
import com.routebook.domain.search.SearchPattern;
import java.util.Objects;

/**
 * Writes the caller's directory, or the part a search and filter find, as a file with every column
 * an import needs (viewer). Rows are streamed from the database to the output as they are read.
 */
public interface ExportDirectoryUseCase {

  /**
   * The export, checked (viewer) and ready to be written.
   *
   * @throws com.routebook.domain.ForbiddenException for a caller without a tenant
   */
  FileContent export(ExportQuery query);

  /** The search box ({@code null}: everything), an optional state filter, the file's format. */
  record ExportQuery(SearchPattern pattern, CustomerState state, FileFormat format) {
    public ExportQuery {
      Objects.requireNonNull(format, "format");
    }
  }
}
