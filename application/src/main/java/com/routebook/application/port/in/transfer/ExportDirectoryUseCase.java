package com.routebook.application.port.in.transfer;

import com.routebook.application.port.out.DirectoryExport.Selection;
import com.routebook.application.port.out.DirectorySearch.Sort;
import com.routebook.application.port.out.DirectorySearch.StateFilter;
import com.routebook.application.port.out.TransferFiles.FileFormat;
import com.routebook.domain.customer.CustomerState;
import com.routebook.domain.search.SearchPattern;
import java.util.Objects;

/**
 * Writes the caller's directory, or the part a search and filter find, as a file with every column
 * an import needs (viewer): the rows the directory search lists for the same query, in its order.
 * Rows are streamed from the database to the output as they are read.
 */
public interface ExportDirectoryUseCase {

  /**
   * The export, checked (viewer) and ready to be written.
   *
   * @throws com.routebook.domain.ForbiddenException for a caller without a tenant
   */
  FileContent export(ExportQuery query);

  /**
   * The search box ({@code null}: everything), an optional state filter, the order ({@code null}:
   * by name), the language names are ordered in ({@code null}: code point order), the file's
   * format.
   */
  record ExportQuery(
      SearchPattern pattern, StateFilter state, Sort sort, String language, FileFormat format) {
    public ExportQuery {
      Objects.requireNonNull(format, "format");
    }

    /** By name in code point order, filtered by a customer state ({@code null}: any). */
    public ExportQuery(SearchPattern pattern, CustomerState state, FileFormat format) {
      this(pattern, StateFilter.of(state), null, null, format);
    }

    /** The rows to export. */
    public Selection selection() {
      return new Selection(pattern, state, sort, language);
    }
  }
}
