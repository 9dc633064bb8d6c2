package com.routebook.adapter.persistence.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * COPY's text format read back: what {@link CopyText#row} writes reads back to the same fields, and
 * the escapes PostgreSQL writes or reads are undone. Rows from a real server are read in the
 * export's contract test (JdbcDirectoryExportContractTest).
 */
class CopyTextTest {

  private static String[] read(String row) {
    return CopyText.fields(row.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void fields_split_at_tabs_with_null_and_empty_apart() {
    assertThat(read("a\t\\N\t\tb\n")).containsExactly("a", null, "", "b");
    assertThat(read("only")).containsExactly("only");
    assertThat(read("\n")).containsExactly("");
    assertThat(read("\\\\N")).containsExactly("\\N");
  }

  @Test
  void the_escapes_postgresql_writes_and_reads_are_undone() {
    assertThat(read("\\b\\f\\n\\r\\t\\v\\\\")).containsExactly("\b\f\n\r\t\u000b\\");
    assertThat(read("\\101\\7\\0601\\x41\\x4a1\\xg\\q")).containsExactly("A\u0007" + "01AJ1xgq");
    assertThat(read("\\303\\245 \\xc3\\xa4 \u00f6")).containsExactly("\u00e5 \u00e4 \u00f6");
    assertThat(read("end\\")).containsExactly("end\\");
  }

  @Test
  void every_row_written_reads_back_to_its_fields() {
    Random random = new Random(20261203);
    char[] alphabet = "ab\\\t\n\rN\u0001\u007f\u00e5\u20ac'\" ,x0178".toCharArray();
    for (int n = 0; n < 5_000; n++) {
      List<String> values = new ArrayList<>();
      int count = 1 + random.nextInt(6);
      for (int i = 0; i < count; i++) {
        if (random.nextInt(8) == 0) {
          values.add(null);
          continue;
        }
        StringBuilder value = new StringBuilder();
        int length = random.nextInt(12);
        for (int k = 0; k < length; k++) {
          value.append(alphabet[random.nextInt(alphabet.length)]);
        }
        if (random.nextInt(20) == 0) {
          value.appendCodePoint(0x1F600); // outside the basic plane: two chars, four bytes
        }
        values.add(value.toString());
      }
      StringBuilder row = new StringBuilder();
      CopyText.row(row, values);
      assertThat(Arrays.asList(read(row.toString()))).as(row.toString()).isEqualTo(values);
    }
  }
}
