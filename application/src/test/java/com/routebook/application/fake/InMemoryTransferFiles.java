package com.routebook.application.fake;

import com.routebook.application.port.out.TransferFiles;
import com.routebook.domain.Rule;
import com.routebook.domain.transfer.TransferColumn;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Files as tables in memory: a test gives the table the next upload stands for ({@link
 * #nextUpload}); what is written is kept as rows ({@link #written}). The content of streams is
 * counted (for the size limit), never parsed.
 */
public class InMemoryTransferFiles implements TransferFiles {

  private List<List<String>> next = List.of();
  private final List<List<List<String>>> written = new ArrayList<>();
  private int discarded;

  /** The table (header first) the next stored upload stands for. */
  public synchronized void nextUpload(List<List<String>> table) {
    next = List.copyOf(table);
  }

  /** The files written so far, each a table (header first). */
  public synchronized List<List<List<String>>> written() {
    return written;
  }

  /** How many uploads were discarded. */
  public synchronized int discarded() {
    return discarded;
  }

  @Override
  public synchronized RowWriter writer(FileFormat format, OutputStream out, List<String> header) {
    List<List<String>> file = new ArrayList<>();
    file.add(header);
    written.add(file);
    return new RowWriter() {
      @Override
      public void row(List<String> cells) {
        file.add(new ArrayList<>(cells));
      }

      @Override
      public void close() {}
    };
  }

  @Override
  public synchronized Upload store(InputStream content, long maxBytes) {
    long size;
    try {
      size = content.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (size > maxBytes) {
      throw TransferColumn.fileProblem(Rule.IMPORT_FILE_TOO_BIG, maxBytes / (1024 * 1024));
    }
    List<List<String>> table = next;
    if (table.isEmpty()) {
      throw TransferColumn.fileProblem(Rule.IMPORT_FILE_EMPTY);
    }
    return new TableUpload(table, size);
  }

  @Override
  public RowReader read(FileFormat format, Upload upload) {
    List<List<String>> table = ((TableUpload) upload).table();
    Iterator<List<String>> rows = table.subList(1, table.size()).iterator();
    return new RowReader() {
      long line = 1;

      @Override
      public List<String> header() {
        return table.get(0);
      }

      @Override
      public Row next() {
        while (rows.hasNext()) {
          List<String> cells = rows.next();
          line++;
          if (cells.stream().anyMatch(c -> c != null && !c.isBlank())) {
            return new Row(line, cells);
          }
        }
        return null;
      }

      @Override
      public void close() {}
    };
  }

  private final class TableUpload implements Upload {
    private final List<List<String>> table;
    private final long size;

    TableUpload(List<List<String>> table, long size) {
      this.table = table;
      this.size = size;
    }

    List<List<String>> table() {
      return table;
    }

    @Override
    public long size() {
      return size;
    }

    @Override
    public void discard() {
      synchronized (InMemoryTransferFiles.this) {
        discarded++;
      }
    }
  }
}
