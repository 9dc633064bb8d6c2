package com.routebook.adapter.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

/** The CSV writer writes exactly the bytes Commons CSV's RFC 4180 printer wrote before it. */
class CsvFilesTest {

  private static byte[] written(List<List<String>> rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvFiles.Writer writer = new CsvFiles.Writer(out);
    rows.forEach(writer::row);
    writer.close();
    return out.toByteArray();
  }

  private static byte[] printed(List<List<String>> rows) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    OutputStreamWriter text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    text.write('\uFEFF');
    CSVPrinter printer = new CSVPrinter(text, CSVFormat.RFC4180);
    for (List<String> row : rows) {
      printer.printRecord(row);
    }
    printer.flush();
    return out.toByteArray();
  }

  @Test
  void every_first_and_last_character_and_every_special_one_is_written_as_commons_csv_did()
      throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (char c = 0; c < 0x180; c++) {
      String one = String.valueOf(c);
      rows.add(List.of(one, "a" + one, one + "a", "a" + one + "b", one));
      rows.add(Arrays.asList("", one + one, null, ""));
    }
    rows.add(Arrays.asList(null, "x"));
    rows.add(List.of());
    rows.add(List.of("\u00c5ke \"AB\", Sverige", "\"", "\"\"", "line\r\nbreak", "\ud83d\ude00"));
    assertThat(new String(written(rows), StandardCharsets.UTF_8))
        .isEqualTo(new String(printed(rows), StandardCharsets.UTF_8));
  }

  @Test
  void random_fields_are_written_as_commons_csv_did() throws IOException {
    Random random = new Random(14);
    String alphabet = "aZ09 ,\"\r\n#!\t\u00e5\u00c4-_/:;'";
    List<List<String>> rows = new ArrayList<>();
    for (int r = 0; r < 2_000; r++) {
      List<String> row = new ArrayList<>();
      for (int f = random.nextInt(6); f >= 0; f--) {
        StringBuilder field = new StringBuilder();
        for (int n = random.nextInt(5); n > 0; n--) {
          field.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        row.add(field.toString());
      }
      rows.add(row);
    }
    assertThat(new String(written(rows), StandardCharsets.UTF_8))
        .isEqualTo(new String(printed(rows), StandardCharsets.UTF_8));
  }
}
