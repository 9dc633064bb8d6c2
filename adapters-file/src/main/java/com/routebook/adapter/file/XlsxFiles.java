package com.routebook.adapter.file;

import com.routebook.application.port.out.TransferFiles.Row;
import com.routebook.application.port.out.TransferFiles.RowReader;
import com.routebook.application.port.out.TransferFiles.RowWriter;
import com.routebook.domain.Rule;
import com.routebook.domain.transfer.TransferColumn;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * XLSX with Apache POI, both ways without the whole sheet in memory: written with the streaming
 * workbook (100 rows in memory, the rest in a temporary file until the end), read from the first
 * sheet's XML as a stream of rows (the package's shared strings read once).
 */
final class XlsxFiles {

  private XlsxFiles() {}

  /** Writes one sheet of text cells. */
  static final class Writer implements RowWriter {
    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(100);
    private final SXSSFSheet sheet = workbook.createSheet("customers");
    private int next;

    Writer(OutputStream out) {
      this.out = out;
    }

    @Override
    public void row(List<String> cells) {
      org.apache.poi.ss.usermodel.Row row = sheet.createRow(next++);
      for (int i = 0; i < cells.size(); i++) {
        if (cells.get(i) != null) {
          Cell cell = row.createCell(i);
          cell.setCellValue(cells.get(i));
        }
      }
    }

    @Override
    public void close() {
      try {
        workbook.write(out);
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        try {
          workbook.close();
        } catch (IOException e) {
          // the temporary files are gone with the workbook; nothing left to do
        }
      }
    }
  }

  static RowReader reader(Path file) {
    OPCPackage pack = null;
    try {
      pack = OPCPackage.open(file.toFile(), PackageAccess.READ);
      XSSFReader reader = new XSSFReader(pack);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pack);
      Iterator<InputStream> sheets = reader.getSheetsData();
      if (!sheets.hasNext()) {
        throw TransferColumn.fileProblem(Rule.IMPORT_FILE_EMPTY);
      }
      return new Reader(pack, strings, sheets.next());
    } catch (com.routebook.domain.ValidationException e) {
      revert(pack);
      throw e;
    } catch (Exception e) {
      revert(pack);
      throw TransferColumn.fileProblem(Rule.IMPORT_FILE_UNREADABLE);
    }
  }

  private static void revert(OPCPackage pack) {
    if (pack != null) {
      pack.revert();
    }
  }

  /** Rows of the sheet's XML, one at a time. */
  private static final class Reader implements RowReader {
    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    private final OPCPackage pack;
    private final ReadOnlySharedStringsTable strings;
    private final InputStream sheet;
    private final XMLStreamReader xml;
    private final List<String> header;

    /** The line of the last row read: the sheet's own number, or the one before plus one. */
    private long lastLine;

    Reader(OPCPackage pack, ReadOnlySharedStringsTable strings, InputStream sheet)
        throws XMLStreamException {
      this.pack = pack;
      this.strings = strings;
      this.sheet = sheet;
      this.xml = XML.createXMLStreamReader(sheet);
      Row first = next();
      if (first == null) {
        close();
        throw TransferColumn.fileProblem(Rule.IMPORT_FILE_EMPTY);
      }
      this.header = first.cells();
    }

    @Override
    public List<String> header() {
      return header;
    }

    @Override
    public Row next() {
      try {
        while (xml.hasNext()) {
          if (xml.next() == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
            Row row = row(lineOf(xml.getAttributeValue(null, "r")));
            if (row.cells().stream().anyMatch(c -> c != null && !c.isBlank())) {
              return row;
            }
          }
        }
        return null;
      } catch (XMLStreamException | RuntimeException e) {
        throw TransferColumn.fileProblem(Rule.IMPORT_FILE_UNREADABLE);
      }
    }

    /**
     * The row's line: its number in the sheet, or the next after the last row's when it has none
     * (as the format allows). Rows stand in ascending order in every sheet a spreadsheet writes; a
     * row numbered at or before the last one would give two rows one line, or none, in the import's
     * report: the file is refused as unreadable.
     */
    private long lineOf(String number) {
      long next = number == null ? lastLine + 1 : Long.parseLong(number);
      if (next <= lastLine) {
        throw TransferColumn.fileProblem(Rule.IMPORT_FILE_UNREADABLE);
      }
      lastLine = next;
      return next;
    }

    /** Reads the cells up to the row's end; a cell without its reference takes the next column. */
    private Row row(long line) throws XMLStreamException {
      List<String> cells = new ArrayList<>();
      String type = null;
      int column = -1;
      StringBuilder value = null;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String name = xml.getLocalName();
          if ("c".equals(name)) {
            String reference = xml.getAttributeValue(null, "r");
            column = reference == null ? cells.size() : new CellReference(reference).getCol();
            type = xml.getAttributeValue(null, "t");
            value = new StringBuilder();
          } else if (("v".equals(name) || "t".equals(name)) && value != null) {
            value.append(xml.getElementText());
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          String name = xml.getLocalName();
          if ("c".equals(name) && value != null) {
            while (cells.size() < column) {
              cells.add("");
            }
            cells.add(text(type, value.toString()));
            value = null;
          } else if ("row".equals(name)) {
            break;
          }
        }
      }
      return new Row(line, cells);
    }

    private String text(String type, String raw) {
      if ("s".equals(type) && !raw.isEmpty()) {
        return strings.getItemAt(Integer.parseInt(raw.strip())).getString();
      }
      if (type == null || "n".equals(type)) {
        // a number typed into a cell: 5560360793 comes as 5.560360793E9 in some writers
        try {
          return new java.math.BigDecimal(raw.strip()).toPlainString();
        } catch (NumberFormatException notNumber) {
          return raw;
        }
      }
      return raw;
    }

    @Override
    public void close() {
      try {
        xml.close();
        sheet.close();
      } catch (XMLStreamException | IOException e) {
        // closing a read-only package; nothing was changed
      } finally {
        pack.revert();
      }
    }
  }
}
