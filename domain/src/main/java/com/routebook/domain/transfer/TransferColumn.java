package com.routebook.domain.transfer;

import com.routebook.domain.ErrorCode;
import com.routebook.domain.Input;
import com.routebook.domain.Rule;
import com.routebook.domain.ValidationException;
import com.routebook.domain.Violation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of a directory file, by their header names. An import reads the participant by {@code
 * eAddress}, else {@code organizationNumber}, else {@code vatNumber}, and takes {@code
 * customerNumbers} (comma separated inside the cell), {@code serviceProvider} (name or id) and
 * {@code state}. An export writes these and, for people reading it, {@code name}, {@code
 * participantId} and {@code customerId}, which an import accepts and does not use: an exported file
 * imports back as it is.
 */
public enum TransferColumn {
  CUSTOMER_ID("customerId", false),
  NAME("name", false),
  PARTICIPANT_ID("participantId", false),
  E_ADDRESS("eAddress", true),
  ORGANIZATION_NUMBER("organizationNumber", true),
  VAT_NUMBER("vatNumber", true),
  CUSTOMER_NUMBERS("customerNumbers", true),
  SERVICE_PROVIDER("serviceProvider", true),
  STATE("state", true);

  private final String header;
  private final boolean imported;

  TransferColumn(String header, boolean imported) {
    this.header = header;
    this.imported = imported;
  }

  /** The name in a file's header row. */
  public String header() {
    return header;
  }

  /** Whether an import reads the column (the others are for people reading an export). */
  public boolean imported() {
    return imported;
  }

  /** The columns of the import template, in order. */
  public static List<TransferColumn> template() {
    return List.of(
        E_ADDRESS, ORGANIZATION_NUMBER, VAT_NUMBER, CUSTOMER_NUMBERS, SERVICE_PROVIDER, STATE);
  }

  /**
   * Where each column stands in a header row: names compared exactly after trimming (and without a
   * byte order mark).
   *
   * @throws ValidationException {@code INVALID_IMPORT_FILE} naming every unknown or repeated
   *     column, a missing {@code customerNumbers}, and a header without any participant column
   */
  public static Map<TransferColumn, Integer> positions(List<String> header) {
    Map<TransferColumn, Integer> positions = new EnumMap<>(TransferColumn.class);
    List<Violation> violations = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i) == null ? "" : header.get(i).replace("\uFEFF", "").strip();
      TransferColumn column = named(name);
      if (column == null) {
        violations.add(Violation.of(Input.FILE, Rule.IMPORT_COLUMN_UNKNOWN, name));
      } else if (positions.putIfAbsent(column, i) != null) {
        violations.add(Violation.of(Input.FILE, Rule.IMPORT_COLUMN_TWICE, name));
      }
    }
    if (!positions.containsKey(E_ADDRESS)
        && !positions.containsKey(ORGANIZATION_NUMBER)
        && !positions.containsKey(VAT_NUMBER)) {
      violations.add(Violation.of(Input.FILE, Rule.IMPORT_COLUMN_MISSING, E_ADDRESS.header));
    }
    if (!positions.containsKey(CUSTOMER_NUMBERS)) {
      violations.add(Violation.of(Input.FILE, Rule.IMPORT_COLUMN_MISSING, CUSTOMER_NUMBERS.header));
    }
    if (!violations.isEmpty()) {
      throw new ValidationException(ErrorCode.INVALID_IMPORT_FILE, violations);
    }
    return positions;
  }

  private static TransferColumn named(String name) {
    for (TransferColumn column : values()) {
      if (column.header.equals(name)) {
        return column;
      }
    }
    return null;
  }

  /** A file-level problem of an import file. */
  public static ValidationException fileProblem(Rule rule, Object... arguments) {
    return new ValidationException(
        ErrorCode.INVALID_IMPORT_FILE, Violation.of(Input.FILE, rule, arguments));
  }
}
